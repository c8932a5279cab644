package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.outline.TableRow;

/**
 * The units of a table row's agency cell. When the outline found a 牵头单位 cell, its units lead and the rest are
 * responsible (basis explicit); when it did not but the table's header has a 牵头 column, the cell's first unit leads
 * because the table says so (explicit); otherwise the cell is a 责任单位 list whose first unit leads by convention. A cell whose names ran together (a table flattened into text) is cut by the name grammar, with the
 * lower confidence of an inferred split.
 */
final class TableCells {
    private final AgencyListSplitter splitter;
    private final RunOnNames runOn;

    TableCells(AgencyListSplitter splitter, RunOnNames runOn) {
        this.splitter = splitter;
        this.runOn = runOn;
    }

    /** The row's units: its lead cell's explicit leads and the rest responsible, or one list read as above. */
    Statement statement(String text, TableRow row) {
        Span cell = row.agencyCell();
        Span lead = row.leadCell();
        if (lead == null || !cell.contains(lead)) {
            return statement(text, cell);
        }
        Names leads = names(text, lead);
        Names rest = names(text, new Span(lead.end(), cell.end()));
        // No space, tab or mark between the cells: the outline found the boundary by the names' grammar.
        boolean inferred = leads.cut() || rest.cut() || lead.end() < cell.end() && !isSeparator(text.charAt(lead.end()));
        double confidence = inferred ? Confidence.FLATTENED_ROW : Confidence.TABLE_CELL;
        List<Attribution> out = new ArrayList<>(Lists.explicit(leads.names(), Role.LEAD, cell, confidence));
        List<ListedName> responsible = rest.names().stream()
                .filter(n -> leads.names().stream().noneMatch(l -> l.surface().equals(n.surface()))).toList();
        out.addAll(Lists.explicit(responsible, Role.RESPONSIBLE, cell, confidence));
        return new Statement(cell, out, false);
    }

    Statement statement(String text, Span cell) {
        Names read = names(text, cell);
        List<ListedName> names = read.names();
        double confidence = read.cut() ? Confidence.FLATTENED_ROW : Confidence.TABLE_CELL;
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

    /** The names of a cell, and whether the name grammar had to cut names that ran together. */
    private record Names(List<ListedName> names, boolean cut) {
    }

    private Names names(String text, Span cell) {
        List<ListedName> listed = splitter.split(text, cell);
        List<ListedName> names = new ArrayList<>();
        for (ListedName name : listed) {
            for (ListedName part : runOn.split(text, name)) {
                if (names.stream().noneMatch(n -> n.surface().equals(part.surface()))) {
                    names.add(part);
                }
            }
        }
        return new Names(names, names.size() > listed.size());
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || "、，,；;".indexOf(c) >= 0;
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
