package org.reformgraph.loader.clean;

import com.hankcs.hanlp.HanLP;

/**
 * Converts traditional characters to simplified and folds full-width Latin letters, digits and the ideographic
 * space to their half-width forms. Chinese full-width punctuation （）：；、。 is kept as written: the later stages
 * match it as such.
 *
 * <p>HanLP converts by phrase and may change a phrase's length; a line whose length would change is converted
 * character by character instead, so that every character keeps its own place in the original.
 */
final class CharacterNormalizer {
    private CharacterNormalizer() {
    }

    static MappedText normalize(MappedText in) {
        MappedText out = new MappedText(in.length());
        out.append(in, 0, in.length());
        int lineStart = 0;
        for (int i = 0; i <= out.length(); i++) {
            if (i == out.length() || out.charAt(i) == '\n') {
                toSimplified(out, lineStart, i);
                lineStart = i + 1;
            }
        }
        for (int i = 0; i < out.length(); i++) {
            out.set(i, foldWidth(out.charAt(i)));
        }
        return out;
    }

    /** Full-width ASCII letters and digits, and U+3000, to half-width; everything else unchanged. */
    static char foldWidth(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** The simplified form of one character, or the character itself. */
    static char simplified(char c) {
        if (!isHan(c)) {
            return c;
        }
        String converted = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return converted.length() == 1 ? converted.charAt(0) : c;
    }

    private static void toSimplified(MappedText text, int from, int to) {
        String line = text.substring(from, to);
        if (line.chars().noneMatch(c -> isHan((char) c))) {
            return;
        }
        String converted = HanLP.convertToSimplifiedChinese(line);
        if (converted.length() == line.length()) {
            for (int i = 0; i < line.length(); i++) {
                text.set(from + i, converted.charAt(i));
            }
        } else {
            for (int i = 0; i < line.length(); i++) {
                text.set(from + i, simplified(line.charAt(i)));
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
