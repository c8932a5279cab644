package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.clean.CleanText;

/**
 * Reads a task table that lost its tabs when it was flattened into text: a header naming 序号 and the other columns
 * (工作任务, 责任单位, 完成时限 …), on one line or one word per line, then rows that each start with the next row number
 * — {@code 12 推行… 区发改局 2023年6月底} on one line, the number glued to the first cell ({@code 7政府采购推行…}), or the
 * number alone on its line and the cells on the lines after.
 * Only the run of consecutive row numbers (1, 2, 3 …) counts, so a number inside a cell (2023年, 10 个) starts no
 * row. A line numbered 一、 just before a row starts a part of the table.
 *
 * <p>Cells are told apart where the text allows it: one line per cell, or as many space-separated pieces as the
 * header has columns. Otherwise the row's text is its body, and the responsible units are looked for after the
 * content's last full stop (the deadline, when the header has a column for one, is cut off their end); a row whose
 * units cannot be found has no unit cell, with a warning. When the header has a 牵头单位 column before the 责任单位
 * one, the lead cell is the first unit of that text ({@link AgencyBoundary}).
 */
final class FlatTableOutline {
    private static final Pattern HEADER_WORD = Pattern.compile(
            "序号|任务|措施|内容|事项|举措|责任|牵头|配合|单位|部门|时限|时间|进度|备注|类别|目标|成果");
    private static final Pattern DEADLINE = Pattern.compile(
            "\\s*(?:\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?(?:底|前|底前|以前|中旬|上旬|下旬)?(?:完成)?|长期坚持|持续推进|持续实施|长期推进)\\s*$");
    /** The table has ended when this many lines pass without the next row number. */
    private static final int MAX_ROW_LINES = 12;

    private final CleanText text;
    private final List<Warning> warnings;

    FlatTableOutline(CleanText text, List<Warning> warnings) {
        this.text = text;
        this.warnings = warnings;
    }

    /** The header found: its first line, the line after it, and its column names. */
    record Header(int firstLine, int afterLine, List<String> columns) {
    }

    /** The first header of a flattened table, or null: a line with 序号 and another column name, followed by row 1. */
    static Header findHeader(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.isTableLine() || !line.text().strip().startsWith("序号")) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            int next;
            String[] words = line.text().strip().split("\\s+");
            if (words.length > 1) {
                columns.addAll(List.of(words));
                next = i + 1;
            } else {
                columns.add(words[0]);
                next = i + 1;
                while (next < lines.size() && isHeaderWord(lines.get(next).text())) {
                    columns.add(lines.get(next).text().strip());
                    next++;
                }
            }
            long named = columns.stream().skip(1).filter(c -> HEADER_WORD.matcher(c).find()).count();
            int firstRow = next;
            while (firstRow < lines.size() && isPartLine(lines.get(firstRow).text())) {
                firstRow++;
            }
            if (named >= 1 && firstRow < lines.size() && startsRow(lines.get(firstRow).text(), 1)) {
                return new Header(i, next, columns);
            }
        }
        return null;
    }

    private static boolean isPartLine(String line) {
        Numbering numbering = NumberingStyle.at(line.strip());
        return numbering != null && numbering.style().isPartStyle();
    }

    private static boolean isHeaderWord(String line) {
        String s = line.strip();
        return s.length() <= 8 && HEADER_WORD.matcher(s).find() && NumberingStyle.at(s) == null && !Character.isDigit(s.charAt(0));
    }

    /**
     * True when the line starts row {@code expected}: the number, then a space, the line's end, or a word that is no
     * unit — the number may be glued to the row's first cell ({@code 7政府采购…}), but {@code 12} does not start row 1
     * and {@code 10个行业} starts no row.
     */
    static boolean startsRow(String line, int expected) {
        String s = line.strip();
        String number = String.valueOf(expected);
        if (!s.startsWith(number)) {
            return false;
        }
        if (s.length() == number.length()) {
            return true;
        }
        char next = s.charAt(number.length());
        return Character.isWhitespace(next) || "“\"《*＊".indexOf(next) >= 0
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && UNITS.indexOf(next) < 0;
    }

    /** Words that make a number a quantity or a date, not a row number. */
    private static final String UNITS = "日月年号时分秒天个万亿元";

    /** Reads the rows after the header into a section {@code t} whose rows are measures. */
    TableOutline.Table read(List<TextLine> lines, Header header, String title) {
        NodeBuilder table = new NodeBuilder(null, null);
        table.tableNode = true;
        table.fixedPath = "t";
        table.title = title;
        table.kind = NodeKind.SECTION;
        table.ownLines.add(lines.get(header.firstLine()));
        TableLayout layout = TableLayout.of(header.columns());
        boolean hasDeadline = header.columns().stream().anyMatch(c -> c.contains("时限") || c.contains("时间") || c.contains("进度"));

        List<List<TextLine>> rowLines = new ArrayList<>();
        List<Integer> rowSegments = new ArrayList<>();
        List<NodeBuilder> partOfRow = new ArrayList<>();
        NodeBuilder part = null;
        int segment = 0;
        int expected = 1;
        int sinceRow = 0;
        List<TextLine> current = null;
        for (int i = header.afterLine(); i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String s = line.text().strip();
            if (startsRow(s, expected)) {
                current = new ArrayList<>();
                current.add(line);
                rowLines.add(current);
                rowSegments.add(segment);
                partOfRow.add(part);
                expected++;
                sinceRow = 0;
                continue;
            }
            if (s.startsWith("序号") && isRepeatedHeader(s, header)) {
                // a page break repeats the header, one word per line when it was written so
                while (i + 1 < lines.size() && s.equals("序号") && isHeaderWord(lines.get(i + 1).text())) {
                    i++;
                }
                continue;
            }
            Numbering numbering = NumberingStyle.at(s);
            boolean rowFollows = i + 1 < lines.size() && startsRow(lines.get(i + 1).text(), expected);
            if (numbering != null && numbering.style().isPartStyle() && rowFollows) {
                part = new NodeBuilder(numbering, line);
                part.tableNode = true;
                part.kind = NodeKind.SECTION;
                part.title = Titles.of(s.substring(Math.min(s.length(), numbering.length())));
                table.children.add(part);
                segment++;
                current = null;
                continue;
            }
            boolean partHeading = numbering != null && numbering.style().isPartStyle();
            if (++sinceRow > MAX_ROW_LINES || partHeading || current == null || s.startsWith("附件") || s.startsWith("附表")) {
                break;
            }
            current.add(line);
        }
        trimLastRow(rowLines);
        List<TableOutline.Row> rows = new ArrayList<>();
        for (int r = 0; r < rowLines.size(); r++) {
            NodeBuilder node = row(rowLines.get(r), r + 1, layout, header.columns().size(), hasDeadline);
            rows.add(new TableOutline.Row(node, node.bodyOverride, null, rowSegments.get(r)));
            NodeBuilder parent = partOfRow.get(r);
            (parent == null ? table : parent).children.add(node);
        }
        return new TableOutline.Table(table, rows);
    }

    private static boolean isRepeatedHeader(String line, Header header) {
        return line.equals("序号") || line.split("\\s+").length == header.columns().size();
    }

    /**
     * Nothing marks the end of the last row: it keeps no more lines than the longest other row, so that the text after
     * the table (closing words of the plan) is not taken for its cells.
     */
    private static void trimLastRow(List<List<TextLine>> rows) {
        if (rows.size() < 2) {
            return;
        }
        int longest = 0;
        for (List<TextLine> row : rows.subList(0, rows.size() - 1)) {
            longest = Math.max(longest, row.size());
        }
        List<TextLine> last = rows.get(rows.size() - 1);
        if (last.size() > longest) {
            last.subList(longest, last.size()).clear();
        }
    }

    private NodeBuilder row(List<TextLine> lines, int rowNumber, TableLayout layout, int columns, boolean hasDeadline) {
        TextLine first = lines.get(0);
        String number = String.valueOf(rowNumber);
        int numberEnd = first.start() + first.text().indexOf(number) + number.length();
        List<Span> cells = new ArrayList<>();
        Span after = trimmed(new Span(numberEnd, first.end()));
        if (after.length() > 0) {
            cells.addAll(pieces(after));
        }
        for (TextLine line : lines.subList(1, lines.size())) {
            cells.add(trimmed(new Span(line.start(), line.end())));
        }
        Span whole = new Span(cells.isEmpty() ? first.end() : cells.get(0).start(),
                cells.isEmpty() ? first.end() : cells.get(cells.size() - 1).end());

        Span content;
        Span agency;
        Span leadCell = null;
        if (cells.size() == columns - 1 && columns > 2 && (lines.size() > 1 || spacesSeparateCells(after))) {
            content = cellAt(cells, layout.content() - 1);
            agency = TableOutline.units(cellAt(cells, layout.firstUnitColumn() - 1), cellAt(cells, layout.lastUnitColumn() - 1));
            leadCell = cellAt(cells, layout.lead() - 1);
        } else {
            content = whole;
            agency = layout.agency() < 0 ? null : agencyTail(whole, hasDeadline);
            if (agency != null) {
                content = trimmed(new Span(whole.start(), agency.start()));
                leadCell = layout.lead() < 0 ? null : AgencyBoundary.firstUnit(text.text(), agency);
            } else if (layout.agency() >= 0) {
                warnings.add(new Warning("outline", text.originalLine(first.start()), "flattened table row " + number
                        + ": its cells run together and its 责任单位 could not be told apart; kept as text"));
            }
        }
        NodeBuilder node = new NodeBuilder(null, first);
        node.ownLines.addAll(lines.subList(1, lines.size()));
        node.kind = NodeKind.MEASURE;
        node.fixedPath = "t" + number;
        node.rowNumber = number;
        node.bodyOverride = content == null ? new Span(first.end(), first.end()) : content;
        String lead = content == null ? "" : content.of(text.text()).strip();
        boolean innovation = lead.startsWith("*") || lead.startsWith("＊");
        node.title = Titles.of(innovation ? lead.substring(1) : lead);
        node.tableRow = new TableRow(number, innovation, null, null, agency, leadCell);
        return node;
    }

    /** Spaces between cells, not inside one: no space follows a number that a measure word follows (10 个行业). */
    private boolean spacesSeparateCells(Span row) {
        return !Pattern.compile("\\d\\s+\\p{IsHan}").matcher(row.of(text.text())).find();
    }

    /** A one-line row split on runs of spaces: 推行… 区市场监管局 2023年6月底. */
    private List<Span> pieces(Span span) {
        List<Span> out = new ArrayList<>();
        String s = span.of(text.text());
        Matcher m = Pattern.compile("\\S+").matcher(s);
        while (m.find()) {
            out.add(new Span(span.start() + m.start(), span.start() + m.end()));
        }
        return out;
    }

    /** The units after the content's last full stop, without a trailing deadline; null when there is no such tail. */
    private Span agencyTail(Span row, boolean hasDeadline) {
        String s = row.of(text.text());
        int stop = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'));
        if (stop < 0 || stop == s.length() - 1) {
            return null;
        }
        int end = s.length();
        if (hasDeadline) {
            Matcher deadline = DEADLINE.matcher(s);
            if (deadline.find(stop + 1)) {
                end = deadline.start();
            }
        }
        Span tail = trimmed(new Span(row.start() + stop + 1, row.start() + end));
        return tail.length() == 0 ? null : tail;
    }

    private static Span cellAt(List<Span> cells, int index) {
        if (index < 0 || index >= cells.size() || cells.get(index).length() == 0) {
            return null;
        }
        return cells.get(index);
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
}
