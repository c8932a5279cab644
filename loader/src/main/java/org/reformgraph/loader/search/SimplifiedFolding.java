package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.ConcurrentHashMap;
import com.hankcs.hanlp.HanLP;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds traditional Chinese characters to simplified ones, one character for one, so that 證照分離 and 证照分离 are the
 * same words on the index side and the query side. Character by character (not HanLP's phrase conversion, which may
 * change a text's length) keeps every offset valid, so highlights land on the original characters.
 */
public final class SimplifiedFolding extends CharFilter {
    private static final ConcurrentHashMap<Character, Character> FOLDED = new ConcurrentHashMap<>();

    public SimplifiedFolding(Reader input) {
        super(input);
    }

    /** The simplified form of one character: itself when it has none, or none of exactly one character. */
    public static char fold(char c) {
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        return FOLDED.computeIfAbsent(c, SimplifiedFolding::convert);
    }

    /** The text with every character folded; same length as the text. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static Character convert(Character c) {
        String simplified = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return simplified.length() == 1 ? simplified.charAt(0) : c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = fold(buffer[i]);
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
