package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The depth of each numbering style in one document, read from the document itself: a style whose item numbered 1
 * comes right after an item of another style nests under that style (1. followed by （一） puts （一） below 1., even
 * though the convention ranks （一） higher). Where the document gives no such evidence, or as much for one order as
 * for the other, the convention ({@link NumberingStyle#rank}) decides, then the order of first appearance. Part styles
 * (第…章, 一、) always stay above the others, so a list of numbered items before the first part cannot swallow the
 * parts.
 */
final class StyleOrder {
    private final Map<NumberingStyle, Integer> depth;

    private StyleOrder(Map<NumberingStyle, Integer> depth) {
        this.depth = depth;
    }

    /** The order of the numberings of a document, given in document order. */
    static StyleOrder infer(List<Numbering> numberings) {
        List<NumberingStyle> firstSeen = new ArrayList<>();
        int[][] nests = new int[NumberingStyle.values().length][NumberingStyle.values().length];
        Numbering previous = null;
        for (Numbering n : numberings) {
            if (!firstSeen.contains(n.style())) {
                firstSeen.add(n.style());
            }
            if (previous != null && previous.style() != n.style() && n.value() == 1) {
                nests[previous.style().ordinal()][n.style().ordinal()]++;
            }
            previous = n;
        }
        List<NumberingStyle> ordered = new ArrayList<>(firstSeen);
        Map<NumberingStyle, Integer> wins = new EnumMap<>(NumberingStyle.class);
        for (NumberingStyle a : ordered) {
            int count = 0;
            for (NumberingStyle b : ordered) {
                if (a != b && above(a, b, nests, firstSeen)) {
                    count++;
                }
            }
            wins.put(a, count);
        }
        ordered.sort((a, b) -> wins.get(a).equals(wins.get(b))
                ? a.rank != b.rank ? Integer.compare(a.rank, b.rank) : Integer.compare(firstSeen.indexOf(a), firstSeen.indexOf(b))
                : Integer.compare(wins.get(b), wins.get(a)));
        Map<NumberingStyle, Integer> depth = new EnumMap<>(NumberingStyle.class);
        for (int i = 0; i < ordered.size(); i++) {
            depth.put(ordered.get(i), i);
        }
        return new StyleOrder(depth);
    }

    private static boolean above(NumberingStyle a, NumberingStyle b, int[][] nests, List<NumberingStyle> firstSeen) {
        if (a.isPartStyle() != b.isPartStyle()) {
            return a.isPartStyle();
        }
        int aOverB = nests[a.ordinal()][b.ordinal()];
        int bOverA = nests[b.ordinal()][a.ordinal()];
        if (aOverB != bOverA) {
            return aOverB > bOverA;
        }
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        return firstSeen.indexOf(a) < firstSeen.indexOf(b);
    }

    /** 0 for the outermost style; styles the document does not use come after all it uses, by convention. */
    int depth(NumberingStyle style) {
        Integer d = depth.get(style);
        return d != null ? d : 100 + style.rank;
    }

    /** True when {@code a} is an outer level to {@code b}. */
    boolean isAbove(NumberingStyle a, NumberingStyle b) {
        return depth(a) < depth(b);
    }
}
