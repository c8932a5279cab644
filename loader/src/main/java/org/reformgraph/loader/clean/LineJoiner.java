package org.reformgraph.loader.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which line breaks a PDF (or a web page) put inside a sentence or a word, so that the line is re-joined
 * with the next one.
 *
 * <p>A line continues on the next when it does not end a sentence (。；：！？ or a closing bracket that ends a
 * clause such as （牵头部门：…）), or when it leaves a bracket open — unless the next line starts a numbered heading
 * (一、 （一） (一) 1. 1、 (1) ①) or either line is a table row (it has tabs). A short line with no sentence inside (and,
 * unless numbered, no comma) is a title or heading (一、总体要求, a document title), not a broken line: it stays on its
 * own. "Short" is relative to
 * the layout: in text extracted from a PDF, where most lines break mid-sentence, it is measured against the usual
 * line width, so that a heading broken at the page edge is still joined.
 */
final class LineJoiner {
    private static final String SENTENCE_END = "。；：！？;:!?";
    private static final String CLOSERS = "）)】〕";
    private static final String OPENERS = "（(【〔";
    /** A title or heading of this many characters or more is no longer taken for a title in ordinary text. */
    private static final int TITLE_LENGTH = 40;
    /** When this share of lines ends mid-sentence, the text was laid out in fixed-width lines (a PDF). */
    private static final double FIXED_WIDTH_SHARE = 0.65;

    /** A numbering at a line's start, after an optional decorative mark (★1. ●（一）). */
    static final Pattern NUMBERED_START = Pattern.compile(
            "^[★☆●○■□◆◇▲△▶►※＊*•·▪◎]?\\s*(?:[一二三四五六七八九十百零〇]+\\s*[、．.]"
            + "|[（(]\\s*[一二三四五六七八九十百零〇]+\\s*[）)]"
            + "|\\d{1,3}\\s*(?:[、）)]|[．.](?!\\d))"
            + "|[（(]\\s*\\d{1,3}\\s*[）)]"
            + "|[①-⑳⑴-⒇⒈-⒛]"
            + "|第[一二三四五六七八九十百零〇\\d]+(?:章|节|条|部分|篇))");
    /** A numbering with nothing after it: its title is on the next line. */
    private static final Pattern BARE_NUMBERING = Pattern.compile(NUMBERED_START.pattern() + "\\s*$");
    /**
     * A number, a space and a word that is no unit: an item numbered with a space (1 推进…) or a row of a table
     * flattened into text (12 区发改局…); 31 日 continues a date.
     */
    private static final Pattern SPACE_NUMBERED_START = Pattern.compile(
            "^\\d{1,3}(?:[ \\t]+[\\u4e00-\\u9fff“\"《&&[^日月年号时分秒天个项家万亿元件次条名周位户]]|$)");
    /** A labelled line of a responsibility list: 牵头单位：… 责任部门：… 配合单位：… 完成时限：… */
    static final Pattern LABELLED_START = Pattern.compile(
            "^(?:牵头|责任|配合|协办|主责|参与|协同|承办|完成|办结|实施)(?:单位|部门|领导|处室|时限|时间)[：:]");

    private LineJoiner() {
    }

    /** For each line but the last: true when it continues on the next line. */
    static boolean[] joins(List<String> lines) {
        return joins(lines, new boolean[lines.size()]);
    }

    /**
     * As {@link #joins(List)}; lines marked {@code flatTable} (the cells and rows of a table flattened into text) are
     * never joined, since a line break there is the only thing left between two cells.
     */
    static boolean[] joins(List<String> lines, boolean[] flatTable) {
        int titleLength = titleLength(lines);
        boolean[] join = new boolean[lines.size()];
        int openBrackets = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            openBrackets = Math.max(0, openBrackets + bracketBalance(line));
            if (flatTable[i] || isTableRow(line) || isTableRow(next) || startsNumbered(next) || startsItemOrRow(next)) {
                openBrackets = 0;
                continue;
            }
            if (isBareNumbering(line)) {
                // 一、 alone on its line, its title on the next: one heading
                join[i] = true;
                continue;
            }
            boolean continues = openBrackets > 0
                    || !endsSentence(line) && !isTitle(line, titleLength);
            join[i] = continues;
            if (!continues) {
                openBrackets = 0;
            }
        }
        return join;
    }

    static boolean startsNumbered(String line) {
        return NUMBERED_START.matcher(line.stripLeading()).find();
    }

    static boolean isBareNumbering(String line) {
        return BARE_NUMBERING.matcher(line.strip()).find();
    }

    /**
     * A line no earlier line runs into: an item or table row numbered with a space, a labelled responsibility line, a
     * table's header (序号 …).
     */
    private static boolean startsItemOrRow(String line) {
        String s = line.stripLeading();
        return SPACE_NUMBERED_START.matcher(s).find() || LABELLED_START.matcher(s).find() || s.startsWith("序号");
    }

    static boolean isTableRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    /** The title length for this text: shorter for fixed-width PDF lines, so that broken headings are joined. */
    private static int titleLength(List<String> lines) {
        List<Integer> openEnded = new ArrayList<>();
        int prose = 0;
        for (String line : lines) {
            if (isTableRow(line)) {
                continue;
            }
            prose++;
            if (!endsSentence(line)) {
                openEnded.add(line.length());
            }
        }
        if (prose == 0 || openEnded.size() < FIXED_WIDTH_SHARE * prose) {
            return TITLE_LENGTH;
        }
        openEnded.sort(null);
        int usualWidth = openEnded.get(openEnded.size() / 2);
        return Math.min(TITLE_LENGTH, (int) (usualWidth * 0.8));
    }

    private static boolean isTitle(String line, int titleLength) {
        if (line.length() >= titleLength) {
            return false;
        }
        // an unnumbered line with a comma is a clause of running text, not a title
        if (!startsNumbered(line) && (line.indexOf('，') >= 0 || line.indexOf(',') >= 0)) {
            return false;
        }
        for (int i = 0; i < line.length() - 1; i++) {
            if ("。；！？".indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return true;
        }
        if (CLOSERS.indexOf(last) < 0) {
            return false;
        }
        // a closing bracket ends the clause when its group is a clause of its own — （牵头部门：…）, （…负责） — or
        // follows a finished sentence; 行业协会（商会） at a line's end is still mid-sentence
        int open = matchingOpener(line);
        if (open <= 0) {
            return true;
        }
        String inside = line.substring(open + 1, line.length() - 1);
        return SENTENCE_END.indexOf(line.charAt(open - 1)) >= 0
                || inside.contains("：") || inside.contains(":") || inside.endsWith("负责") || inside.endsWith("牵头");
    }

    private static int matchingOpener(String line) {
        int depth = 0;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (CLOSERS.indexOf(c) >= 0) {
                depth++;
            } else if (OPENERS.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static int bracketBalance(String line) {
        int balance = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                balance++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                balance--;
            }
        }
        return balance;
    }
}
