package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;

/**
 * The units of a table row's agency cell. When the table's header has a 牵头单位 column, the cell's first unit leads
 * because the table says so (basis explicit); otherwise the cell is a 责任单位 list whose first unit leads by
 * convention. A cell whose names ran together (a table flattened into text) is cut by the name grammar, with the
 * lower confidence of an inferred split.
 */
final class TableCells {
    private final AgencyListSplitter splitter;
    private final RunOnNames runOn;

    TableCells(AgencyListSplitter splitter, RunOnNames runOn) {
        this.splitter = splitter;
        this.runOn = runOn;
    }

    Statement statement(String text, Span cell) {
        List<ListedName> listed = splitter.split(text, cell);
        List<ListedName> names = new ArrayList<>();
        for (ListedName name : listed) {
            for (ListedName part : runOn.split(text, name)) {
                if (names.stream().noneMatch(n -> n.surface().equals(part.surface()))) {
                    names.add(part);
                }
            }
        }
        boolean cut = names.size() > listed.size();
        double confidence = cut ? Confidence.FLATTENED_ROW : Confidence.TABLE_CELL;
        if (!leadColumn(text, cell.start()) || names.isEmpty()) {
            return new Statement(cell, Lists.firstListedLeads(names, cell, confidence), false);
        }
        List<Attribution> out = new ArrayList<>(Lists.explicit(names.subList(0, 1), Role.LEAD, cell, confidence));
        for (Attribution a : Lists.explicit(names.subList(1, names.size()), Role.RESPONSIBLE, cell, confidence)) {
            out.add(new Attribution(a.surface(), a.role(), a.rank() + 1, a.basis(), a.surfaceSpan(), a.evidence(),
                    false, a.confidence()));
        }
        return new Statement(cell, out, false);
    }

    /** Whether the nearest table header above {@code at} (a line starting with 序号) has a 牵头 column. */
    static boolean leadColumn(String text, int at) {
        int lineEnd = text.lastIndexOf('\n', Math.max(0, at - 1));
        while (lineEnd > 0) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.startsWith("序号")) {
                return line.contains("牵头");
            }
            lineEnd = lineStart - 1;
        }
        return false;
    }
}
