package org.reformgraph.loader.outline;

/** Values of Chinese numerals as used in headings: 一 … 九十九, 一百 …, with 〇/零. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a numeral. */
    static int parse(String numeral) {
        if (numeral.isEmpty()) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
