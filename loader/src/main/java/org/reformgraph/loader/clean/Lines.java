package org.reformgraph.loader.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into the lines worth keeping: leading and trailing spaces trimmed (tabs are table cells and stay),
 * blank lines and lone page numbers dropped.
 */
final class Lines {
    /**
     * A kept line: {@code [start, end)} in the text it was cut from, and where its line break was ({@code -1}: none);
     * {@code flatTable}: the line is part of a table flattened into text, one cell or row per line.
     */
    record Line(int start, int end, int lineBreak, boolean flatTable) {
    }

    /** 12, -12-, - 12 -, 第12页, 第 3 页 共 20 页, 3/20: a page number alone on its line. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–]*\\s*(?:第\\s*)?\\d{1,4}\\s*(?:页)?\\s*(?:(?:/|共)\\s*\\d{1,4}\\s*页?)?\\s*[-－—–]*");

    private Lines() {
    }

    static List<Line> keptLines(MappedText text) {
        List<Line> lines = new ArrayList<>();
        RowNumbers rows = new RowNumbers();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int start = lineStart;
                int end = i;
                while (start < end && isSpace(text.charAt(start))) {
                    start++;
                }
                while (end > start && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\r')) {
                    end--;
                }
                String content = text.substring(start, end);
                boolean rowNumber = rows.isNextRow(content);
                if (!content.isBlank() && (rowNumber || !isPageNumber(content))) {
                    lines.add(new Line(start, end, i < text.length() ? i : -1, rows.inFlatTable()));
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /**
     * Follows a table flattened into text (no tabs): after a header line with 序号, a number alone on its line that is
     * the next row number (1, 2, 3 …) is a row's 序号, not a page number. The table is taken to have ended when
     * {@value #MAX_ROW_LINES} lines pass without the next row number.
     */
    private static final class RowNumbers {
        private int expected;
        private int linesSinceRow;
        private boolean flat;

        /** After a header without tabs, until the row numbers stop. */
        boolean inFlatTable() {
            return flat && expected > 0;
        }

        boolean isNextRow(String line) {
            if (line.isBlank()) {
                return false;
            }
            if (line.contains("序号")) {
                // inside a table it is the header repeated after a page break: the rows go on
                if (expected == 0) {
                    flat = line.indexOf('\t') < 0;
                    expected = 1;
                }
                linesSinceRow = 0;
                return false;
            }
            if (expected == 0) {
                return false;
            }
            if (startsRow(line.strip(), expected)) {
                expected++;
                linesSinceRow = 0;
                return true;
            }
            if (++linesSinceRow > MAX_ROW_LINES) {
                expected = 0;
            }
            return false;
        }
    }

    private static final int MAX_ROW_LINES = 12;
    /** Words that make a number a quantity or a date, not a row number. */
    private static final String UNITS = "日月年号时分秒天个万亿元";

    /** The line starts with the row number, followed by a space, nothing, or a word that is no unit (7政府采购…). */
    static boolean startsRow(String line, int expected) {
        String number = String.valueOf(expected);
        if (!line.startsWith(number)) {
            return false;
        }
        if (line.length() == number.length()) {
            return true;
        }
        char next = line.charAt(number.length());
        return Character.isWhitespace(next) || "“\"《*＊".indexOf(next) >= 0
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && UNITS.indexOf(next) < 0;
    }

    static boolean isPageNumber(String line) {
        return line.indexOf('\t') < 0 && PAGE_NUMBER.matcher(line.strip()).matches();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\r' || c == '\f' || c == '\u200b' || c == '\ufeff';
    }
}
