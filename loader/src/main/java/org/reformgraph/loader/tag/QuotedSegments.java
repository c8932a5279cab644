package org.reformgraph.loader.tag;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;

/**
 * Finds the quoted segments of a text: “…”, 「…」, 『…』 and straight "…" pairs. Reform brands are nearly always
 * introduced in quotes (“带押过户”), so a quote is both how new reform types are discovered and evidence that an
 * occurrence is meant as a name.
 */
final class QuotedSegments {
    /** A quote that does not close within this many characters is a stray mark, not a quotation. */
    static final int MAX_QUOTED_LENGTH = 60;

    private QuotedSegments() {
    }

    /** The inner spans (quotes excluded) of the quotations within {@code text[from, to)}, in order. */
    static List<Span> find(CharSequence text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char open = text.charAt(i);
            char close = closerOf(open);
            if (close == 0) {
                i++;
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < to && j - i <= MAX_QUOTED_LENGTH + 1; j++) {
                char c = text.charAt(j);
                if (c == close) {
                    end = j;
                    break;
                }
                if (c == '\n' || c == '。' || c == open && open != close) {
                    break;
                }
            }
            if (end > i + 1) {
                out.add(new Span(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '"' -> '"';
            case '＂' -> '＂';
            default -> 0;
        };
    }
}
