package org.reformgraph.bench.synth;

/** Chinese and circled numerals as plans number their parts, sections and items. */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 39 → 三十九 (up to 99). */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Chinese numerals here cover 1–99, got " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (ones > 0) {
            text.append(DIGITS.charAt(ones));
        }
        return text.toString();
    }

    /** 1 → ①, 20 → ⑳, 21 → ㉑, 50 → ㊿. */
    static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('\u2460' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('\u3251' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('\u32B1' + n - 36));
        }
        throw new IllegalArgumentException("circled numerals cover 1–50, got " + n);
    }
}
