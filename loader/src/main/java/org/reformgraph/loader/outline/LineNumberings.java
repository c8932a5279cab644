package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbering of every line of a narrative, read once for the whole document: which lines are numbered, whether
 * the document numbers its items with a bare number and a space ({@code 1 推进…}), and the order of its styles.
 *
 * <p>A number and a space is accepted as a numbering only when the document uses it consistently: at least
 * {@value #MIN_SPACE_ITEMS} such lines whose numbers run 1, 2, 3 … (restarting at 1 is allowed). Elsewhere a line
 * such as {@code 12 个区} is text.
 */
final class LineNumberings {
    static final int MIN_SPACE_ITEMS = 3;

    private final Map<Integer, Numbering> byLine;
    private final StyleOrder order;

    private LineNumberings(Map<Integer, Numbering> byLine, StyleOrder order) {
        this.byLine = byLine;
        this.order = order;
    }

    static LineNumberings of(List<TextLine> lines) {
        boolean spaceNumbering = usesSpaceNumbering(lines);
        Map<Integer, Numbering> byLine = new HashMap<>();
        List<Numbering> inOrder = new ArrayList<>();
        for (TextLine line : lines) {
            Numbering numbering = NumberingStyle.at(line.text(), spaceNumbering);
            if (numbering != null) {
                byLine.put(line.index(), numbering);
                inOrder.add(numbering);
            }
        }
        return new LineNumberings(byLine, StyleOrder.infer(inOrder));
    }

    /** The line's numbering, or null when it is not numbered. */
    Numbering of(TextLine line) {
        return byLine.get(line.index());
    }

    StyleOrder order() {
        return order;
    }

    boolean isEmpty() {
        return byLine.isEmpty();
    }

    private static boolean usesSpaceNumbering(List<TextLine> lines) {
        List<Integer> values = new ArrayList<>();
        for (TextLine line : lines) {
            if (NumberingStyle.at(line.text()) == null) {
                Numbering spaced = NumberingStyle.at(line.text(), true);
                if (spaced != null) {
                    values.add(spaced.value());
                }
            }
        }
        if (values.size() < MIN_SPACE_ITEMS || values.get(0) != 1) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            int v = values.get(i);
            if (v != 1 && v != values.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
