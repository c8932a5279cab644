package org.reformgraph.loader.tag;

import org.reformgraph.loader.Span;

/**
 * A piece of text reduced to the form labels are compared in, with a map back to the text.
 *
 * <p>Plans write one reform many ways: 双随机、一公开 / 双随机一公开, 国际贸易“单一窗口” / 国际贸易单一窗口, with stray
 * spaces where a PDF line broke (综合申 报), and with full-width or half-width letters. The key drops enumeration
 * commas, middle dots, whitespace and quotation marks and folds full-width ASCII to half-width, so that all of these
 * compare equal; {@link #spanOf} turns a match in the key back into a span of the text it came from.
 */
public final class MatchKey {
    private final String key;
    private final int[] toText;

    private MatchKey(String key, int[] toText) {
        this.key = key;
        this.toText = toText;
    }

    /** The key of {@code text[from, to)}; offsets map back into {@code text}. */
    public static MatchKey of(CharSequence text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int[] map = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isIgnored(c)) {
                continue;
            }
            sb.append(fold(c));
            map[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(map, 0, trimmed, 0, n);
        return new MatchKey(sb.toString(), trimmed);
    }

    /** The key of a whole label or term. */
    public static String normalise(CharSequence label) {
        return of(label, 0, label.length()).key;
    }

    public String key() {
        return key;
    }

    /** The span of the original text covered by key characters {@code [start, end)}. */
    public Span spanOf(int start, int end) {
        if (start >= end) {
            throw new IllegalArgumentException("empty key range [" + start + ", " + end + ")");
        }
        return new Span(toText[start], toText[end - 1] + 1);
    }

    static boolean isIgnored(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isQuote(c)
                || c == '、' || c == '·' || c == '・' || c == '•' || c == '‧' || c == '･';
    }

    static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\''
                || c == '「' || c == '」' || c == '『' || c == '』' || c == '＂' || c == '＇';
    }

    static char fold(char c) {
        if (c >= '！' && c <= '～') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
