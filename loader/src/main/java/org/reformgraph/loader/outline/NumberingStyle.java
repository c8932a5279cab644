package org.reformgraph.loader.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a heading or item can be numbered. Both bracket widths are one style: （一） and (一) are the same level, so
 * are （1）, (1), 1） and ⑴. Spaces inside and after the numbering are allowed ({@code 1 .}, {@code （ 一 ）}); full-width
 * digits arrive folded by the cleaner. A decorative mark before a numbering ({@code ★1.}, {@code ●（一）}) is skipped;
 * a mark without a numbering is no item (a bulleted line is text of the item it stands in).
 *
 * <p>{@link #rank} is the convention of Chinese official documents (GB/T 9704: 一、 › （一） › 1. › （1） › ①, with
 * 第…章 › 第…节 › 第…条 for regulations); {@link StyleOrder} uses it only where the document itself cannot decide.
 * {@link #ARABIC_SPACE} ({@code 1 推进…}, a number and a space) is too common in ordinary text to be read everywhere:
 * only {@link #at(String, boolean)} with {@code spaceNumbering} finds it, for documents that use it consistently.
 */
enum NumberingStyle {
    CHAPTER("第([一二三四五六七八九十百零〇\\d]{1,4})(?:章|部分|篇)\\s*", 0),
    CHINESE_COMMA("([一二三四五六七八九十百零〇]{1,4})\\s*[、．.]\\s*", 1),
    SUBCHAPTER("第([一二三四五六七八九十百零〇\\d]{1,4})节\\s*", 2),
    ARTICLE("第([一二三四五六七八九十百零〇\\d]{1,4})条\\s*", 3),
    CHINESE_PAREN("[（(]\\s*([一二三四五六七八九十百零〇]{1,4})\\s*[）)]\\s*", 4),
    /**
     * 1. 1． 1、 (one level: plans mix them), a doubled dot (4．．), and the single characters ⒈ … ⒛; a dot before a
     * digit is a decimal (0.5天, 2023.10), not a numbering.
     */
    ARABIC_DOT("(?:(\\d{1,3})\\s*(?:[．.]+(?!\\d)|、)|([⒈-⒛]))\\s*", 5),
    /** 1 推进…: a number, a space and a Chinese word that is no unit (10 月, 31 日 are dates). */
    ARABIC_SPACE("(\\d{1,3})[ \\t]+(?=[“\"《]|[\\u4e00-\\u9fff&&[^日月年号时分秒天个项家万亿元件次条名周位户%]])", 5),
    ARABIC_PAREN("(?:[（(]\\s*(\\d{1,3})\\s*[）)]|(\\d{1,3})\\s*[）)]|([⑴-⒇]))\\s*", 6),
    CIRCLED("([①-⑳])\\s*", 7);

    /** Marks that decorate a numbering or stand for a bullet; skipped before a numbering. */
    private static final Pattern MARK = Pattern.compile("^[★☆●○■□◆◇▲△▶►※＊*•·▪◎]\\s*");

    private final Pattern pattern;
    final int rank;

    NumberingStyle(String regex, int rank) {
        this.pattern = Pattern.compile("^" + regex);
        this.rank = rank;
    }

    /** A numbering at the start of a line, or null; the space-numbered style is not considered. */
    static Numbering at(String line) {
        return at(line, false);
    }

    /** A numbering at the start of a line, or null; {@code spaceNumbering}: also {@code 1 推进…}. */
    static Numbering at(String line, boolean spaceNumbering) {
        Matcher mark = MARK.matcher(line);
        int offset = mark.find() ? mark.end() : 0;
        String rest = line.substring(offset);
        Numbering numbering = bare(rest, spaceNumbering);
        if (numbering == null || numbering.length() >= rest.length()) {
            // a numbering alone on its line has no text to number; the cleaner joins it with its title line
            return null;
        }
        return offset == 0 ? numbering
                : new Numbering(numbering.style(), numbering.written(), numbering.value(), offset + numbering.length());
    }

    /** A numbering at the start of the text, even with nothing after it, or null. */
    static Numbering bare(String text, boolean spaceNumbering) {
        for (NumberingStyle style : values()) {
            if (style == ARABIC_SPACE && !spaceNumbering) {
                continue;
            }
            Matcher m = style.pattern.matcher(text);
            if (m.find()) {
                int value = style.value(firstGroup(m));
                if (value > 0) {
                    String written = text.substring(0, m.end()).strip();
                    return new Numbering(style, written, value, m.end());
                }
            }
        }
        return null;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private int value(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        char c = digits.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c >= '⑴' && c <= '⒇') {
            return c - '⑴' + 1;
        }
        if (c >= '⒈' && c <= '⒛') {
            return c - '⒈' + 1;
        }
        if (Character.isDigit(c)) {
            return Integer.parseInt(digits);
        }
        return ChineseNumerals.parse(digits);
    }

    /** The top-level styles: a part heading never nests under an item numbered in another style. */
    boolean isPartStyle() {
        return rank <= 1;
    }
}
