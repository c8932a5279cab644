package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reformgraph.loader.clean.CleanText;

/**
 * Gives every table row the 工作措施 of its group and links it to the narrative measure the group implements.
 *
 * <p>A group's 工作措施 cell was a merged cell: after extraction it sits on one of the group's rows, not always the
 * first. Groups never cross a part line of the table. Between two rows that carry a cell, the boundary is put where
 * the rows' wording best matches each group's reference text — the narrative measure the group implements, else the
 * cell's own row — and rows with nothing to compare (empty rows) stay with the group before them. A group links to
 * the narrative measure with the same title, or with the same number and a largely shared title
 * ((十七) 着力建设高效率服务链 ↔ 17. 着力构建高效率服务链); otherwise the link is null.
 */
final class TableGroups {
    private static final double SHARED_TITLE = 0.5;

    private final CleanText text;

    TableGroups(CleanText text) {
        this.text = text;
    }

    /** A group anchor: the row carrying the cell, its title, number and the narrative measure it implements. */
    private record Group(int row, String title, int number, NodeBuilder implemented, String reference) {
    }

    void assign(List<TableOutline.Row> rows, List<NodeBuilder> narrativeMeasures, Map<NodeBuilder, String> paths) {
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            while (to < rows.size() && rows.get(to).segment() == rows.get(from).segment()) {
                to++;
            }
            assignSegment(rows.subList(from, to), narrativeMeasures, paths);
            from = to;
        }
    }

    private void assignSegment(List<TableOutline.Row> rows, List<NodeBuilder> narrativeMeasures, Map<NodeBuilder, String> paths) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableOutline.Row row = rows.get(i);
            if (row.group() == null) {
                continue;
            }
            String cell = row.group().of(text.text()).strip();
            Numbering numbering = NumberingStyle.at(cell);
            String title = stripStop(numbering == null ? cell : cell.substring(numbering.length()).strip());
            int number = numbering == null ? -1 : numbering.value();
            NodeBuilder implemented = implemented(title, number, narrativeMeasures);
            String reference = implemented != null ? implemented.ownText(text.text()) : contentOf(row);
            groups.add(new Group(i, title, number, implemented, reference));
        }
        if (groups.isEmpty()) {
            return;
        }
        Group[] byRow = new Group[rows.size()];
        for (int i = 0; i <= groups.get(0).row(); i++) {
            byRow[i] = groups.get(0);
        }
        for (int g = 0; g + 1 < groups.size(); g++) {
            Group a = groups.get(g);
            Group b = groups.get(g + 1);
            int split = bestSplit(rows, a, b);
            for (int i = a.row(); i < b.row(); i++) {
                byRow[i] = i < split ? a : b;
            }
        }
        Group lastGroup = groups.get(groups.size() - 1);
        for (int i = lastGroup.row(); i < rows.size(); i++) {
            byRow[i] = lastGroup;
        }
        for (int i = 0; i < rows.size(); i++) {
            NodeBuilder node = rows.get(i).node();
            TableRow row = node.tableRow;
            Group group = byRow[i];
            String link = group.implemented() == null ? null : paths.get(group.implemented());
            node.tableRow = new TableRow(row.rowNumber(), row.innovation(), group.title(), link, row.agencyCell(), row.leadCell());
        }
    }

    /** The first row of the second group: rows in between go where their wording fits; ties keep rows with the first. */
    private int bestSplit(List<TableOutline.Row> rows, Group a, Group b) {
        int best = b.row();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int split = b.row(); split > a.row(); split--) {
            double score = 0;
            for (int i = a.row() + 1; i < b.row(); i++) {
                String content = contentOf(rows.get(i));
                score += Bigrams.containment(content, i < split ? a.reference() : b.reference());
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = split;
            }
        }
        return best;
    }

    private String contentOf(TableOutline.Row row) {
        return row.content() == null ? "" : row.content().of(text.text());
    }

    private NodeBuilder implemented(String title, int number, List<NodeBuilder> measures) {
        String key = normal(title);
        for (NodeBuilder measure : measures) {
            if (!key.isEmpty() && normal(measure.title).equals(key)) {
                return measure;
            }
        }
        for (NodeBuilder measure : measures) {
            if (number > 0 && measure.numbering != null && measure.numbering.value() == number
                    && Bigrams.containment(title, measure.title) >= SHARED_TITLE) {
                return measure;
            }
        }
        return null;
    }

    private static String normal(String title) {
        return title.replaceAll("[\\s。；，、.．]", "");
    }

    private static String stripStop(String title) {
        return title.endsWith("。") || title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }
}
