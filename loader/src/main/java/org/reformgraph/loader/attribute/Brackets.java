package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;

/** Bracket nesting in plan text, full- and half-width: （…）(…)〔…〕[…]【…】 and notes <…>《…》. */
final class Brackets {
    static final String OPEN = "（(〔[【<＜《〈";
    static final String CLOSE = "）)〕]】>＞》〉";
    /** A statement in brackets is short; a longer run means an unbalanced bracket, not a statement. */
    private static final int MAX_GROUP = 600;

    private Brackets() {
    }

    static boolean isOpen(char c) {
        return OPEN.indexOf(c) >= 0;
    }

    static boolean isClose(char c) {
        return CLOSE.indexOf(c) >= 0;
    }

    /** Depth of each character of {@code [span)} below the span's own level: 0 outside any bracket opened within it. */
    static int[] depths(String text, Span span) {
        int[] depth = new int[span.length()];
        int d = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (isClose(c) && d > 0) {
                d--;
                depth[i - span.start()] = d + 1;
                continue;
            }
            depth[i - span.start()] = d;
            if (isOpen(c)) {
                d++;
                depth[i - span.start()] = d;
            }
        }
        return depth;
    }

    /**
     * The outermost bracket groups within a span, each from its opening to just after its closing bracket, in document
     * order. Groups of the statement kind open with （(〔[【; notes <…>《…》 nest inside them but do not start one.
     */
    static List<Span> outerGroups(String text, Span within) {
        List<Span> groups = new ArrayList<>();
        int i = within.start();
        while (i < within.end()) {
            char c = text.charAt(i);
            if ("（(〔[【".indexOf(c) >= 0) {
                int close = matchingClose(text, i, within.end());
                if (close > 0) {
                    groups.add(new Span(i, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return groups;
    }

    /** The index of the bracket closing the one opened at {@code open}, or -1. */
    static int matchingClose(String text, int open, int limit) {
        int d = 0;
        for (int i = open; i < limit && i - open <= MAX_GROUP; i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                d++;
            } else if (isClose(c)) {
                d--;
                if (d == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
