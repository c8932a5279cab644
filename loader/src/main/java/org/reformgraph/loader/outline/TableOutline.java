package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.clean.CleanText;

/**
 * Reads a tab-separated task table (序号 / 工作措施 / 主要内容 / 责任单位) into a section whose rows are measures.
 * Repeated header rows (page breaks) are skipped; a line with a single cell numbered 一、 starts a part of the table;
 * every other line must start with a row number. Rows are kept as they are, misaligned ones and rows with only a
 * unit included, with a warning: nothing is invented. A numbered row with every cell empty is no measure.
 */
final class TableOutline {
    private final CleanText text;
    private final List<Warning> warnings;

    TableOutline(CleanText text, List<Warning> warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    /** A row while reading: its node, and its cells' spans. */
    record Row(NodeBuilder node, Span content, Span group, int segment) {
    }

    /** The table as read: the section, its rows in order, and the rows' part segments. */
    record Table(NodeBuilder section, List<Row> rows) {
    }

    Table read(List<TextLine> tableLines, String title) {
        NodeBuilder table = new NodeBuilder(null, null);
        table.tableNode = true;
        table.fixedPath = "t";
        table.title = title;
        table.kind = NodeKind.SECTION;
        table.ownLines.addAll(tableLines.subList(0, 1));
        TableLayout layout = TableLayout.USUAL;
        List<Row> rows = new ArrayList<>();
        NodeBuilder part = null;
        int segment = 0;
        int lastNumber = 0;
        for (TextLine line : tableLines) {
            List<Span> cells = cells(line);
            List<String> values = cells.stream().map(c -> c.of(text.text()).strip()).toList();
            if (TableLayout.isHeader(values)) {
                layout = TableLayout.of(values);
                continue;
            }
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    filled.add(i);
                }
            }
            if (filled.size() == 1 && !values.get(filled.get(0)).matches("\\d+")) {
                Span cell = trimmed(cells.get(filled.get(0)));
                TextLine cellLine = new TextLine(line.index(), cell.start(), cell.end(), cell.of(text.text()));
                Numbering numbering = NumberingStyle.at(cellLine.text());
                if (numbering != null && numbering.style().isPartStyle()) {
                    part = new NodeBuilder(numbering, cellLine);
                    part.tableNode = true;
                    part.kind = NodeKind.SECTION;
                    part.title = Titles.of(cellLine.text().substring(numbering.length()));
                    table.children.add(part);
                    segment++;
                    continue;
                }
            }
            String number = values.isEmpty() ? "" : values.get(layout.number());
            if (!number.matches("\\d{1,4}")) {
                warnings.add(new Warning("outline", text.originalLine(line.start()),
                        "table line without a row number (expected 序号 in the first cell): not read as a row"));
                continue;
            }
            int value = Integer.parseInt(number);
            if (value != lastNumber + 1) {
                warnings.add(new Warning("outline", text.originalLine(line.start()),
                        "table row " + value + " follows row " + lastNumber));
            }
            lastNumber = value;
            if (cell(cells, layout.content()) == null && cell(cells, layout.agency()) == null && cell(cells, layout.lead()) == null
                    && cell(cells, layout.group()) == null) {
                // A numbered row with no cell filled states nothing: there is no measure to keep.
                warnings.add(new Warning("outline", text.originalLine(line.start()),
                        "table row " + number + " is empty: not a measure"));
                continue;
            }
            Row row = row(line, cells, values, layout, number, segment);
            rows.add(row);
            (part == null ? table : part).children.add(row.node);
        }
        return new Table(table, rows);
    }

    private Row row(TextLine line, List<Span> cells, List<String> values, TableLayout layout, String number, int segment) {
        NodeBuilder node = new NodeBuilder(null, line);
        node.kind = NodeKind.MEASURE;
        node.fixedPath = "t" + number;
        node.rowNumber = number;
        Span content = cell(cells, layout.content());
        Span group = cell(cells, layout.group());
        Span leadCell = cell(cells, layout.lead());
        Span agency = units(cell(cells, layout.firstUnitColumn()), cell(cells, layout.lastUnitColumn()));
        String contentText = content == null ? "" : content.of(text.text());
        if (content == null) {
            node.bodyOverride = new Span(line.end(), line.end());
            warnings.add(new Warning("outline", text.originalLine(line.start()), "table row " + number
                    + " has no 主要内容" + (agency == null ? " and no 责任单位" : "") + ": kept empty"));
        } else {
            node.bodyOverride = content;
            if (contentText.indexOf('*', 1) > 0 && contentText.strip().startsWith("*")) {
                warnings.add(new Warning("outline", text.originalLine(line.start()), "table row " + number
                        + " holds several items (each marked *): the table's rows may be misaligned"));
            }
        }
        String lead = contentText.strip();
        node.title = Titles.of(lead.startsWith("*") || lead.startsWith("＊") ? lead.substring(1) : lead);
        // the innovation flag and agency cell are final; group and link are filled in by TableGroups
        node.tableRow = new TableRow(number, lead.startsWith("*") || lead.startsWith("＊"), null, null, agency, leadCell);
        return new Row(node, content, group, segment);
    }

    /** The span from the first unit cell to the last, either of which may be missing. */
    static Span units(Span first, Span last) {
        if (first == null || last == null) {
            return first == null ? last : first;
        }
        return new Span(Math.min(first.start(), last.start()), Math.max(first.end(), last.end()));
    }

    /** The cell's span with surrounding spaces trimmed, or null when it is empty or absent. */
    private Span cell(List<Span> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        Span cell = trimmed(cells.get(column));
        return cell.length() == 0 ? null : cell;
    }

    private Span trimmed(Span cell) {
        int start = cell.start();
        int end = cell.end();
        while (start < end && Character.isWhitespace(text.text().charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.text().charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static List<Span> cells(TextLine line) {
        List<Span> cells = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || line.text().charAt(i - line.start()) == '\t') {
                cells.add(new Span(start, i));
                start = i + 1;
            }
        }
        return cells;
    }
}
