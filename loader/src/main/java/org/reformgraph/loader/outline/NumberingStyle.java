package org.reformgraph.loader.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a heading or item can be numbered. Both bracket widths are one style: （一） and (一) are the same level.
 * {@link #rank} is the convention of Chinese official documents (GB/T 9704: 一、 › （一） › 1. › （1） › ①), used only
 * where the order of appearance cannot decide.
 */
enum NumberingStyle {
    CHAPTER("第([一二三四五六七八九十百零〇\\d]+)[章部分篇]+\\s*", 0),
    CHINESE_COMMA("([一二三四五六七八九十百零〇]+)\\s*[、．.]\\s*", 1),
    CHINESE_PAREN("[（(]\\s*([一二三四五六七八九十百零〇]+)\\s*[）)]\\s*", 2),
    ARABIC_DOT("(\\d{1,3})\\s*(?:．|\\.(?!\\d))\\s*", 3),
    ARABIC_COMMA("(\\d{1,3})\\s*、\\s*", 3),
    ARABIC_PAREN("[（(]\\s*(\\d{1,3})\\s*[）)]\\s*", 4),
    CIRCLED("([①-⑳])\\s*", 5);

    private final Pattern pattern;
    final int rank;

    NumberingStyle(String regex, int rank) {
        this.pattern = Pattern.compile("^" + regex);
        this.rank = rank;
    }

    /** A numbering at the start of a line, or null. */
    static Numbering at(String line) {
        for (NumberingStyle style : values()) {
            Matcher m = style.pattern.matcher(line);
            if (m.find() && m.end() < line.length()) {
                int value = style.value(m.group(1));
                if (value > 0) {
                    String written = line.substring(0, m.end()).strip();
                    return new Numbering(style, written, value, m.end());
                }
            }
        }
        return null;
    }

    private int value(String digits) {
        if (this == CIRCLED) {
            return digits.charAt(0) - '①' + 1;
        }
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        return ChineseNumerals.parse(digits);
    }

    /** The top-level styles: a part heading never nests under an item numbered in another style. */
    boolean isPartStyle() {
        return rank <= 1;
    }
}
