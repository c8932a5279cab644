package org.reformgraph.loader.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds the tree of numbered headings from lines in document order. A numbering style already open on the path
 * from the root continues as a sibling; a style not open nests under the current node, except that a style the
 * document's {@link StyleOrder} puts higher closes the deeper ones first, so a part heading never lands inside an item
 * and a skipped level (一、 followed directly by 1.) is kept as written. Unnumbered lines belong to the innermost open
 * node; before the first heading they are preamble.
 */
final class HeadingTree {
    private HeadingTree() {
    }

    static List<NodeBuilder> build(List<TextLine> lines, LineNumberings numberings) {
        StyleOrder order = numberings.order();
        List<NodeBuilder> roots = new ArrayList<>();
        Deque<NodeBuilder> open = new ArrayDeque<>();
        for (TextLine line : lines) {
            Numbering numbering = numberings.of(line);
            if (numbering == null) {
                if (!open.isEmpty()) {
                    open.peek().ownLines.add(line);
                }
                continue;
            }
            NodeBuilder node = new NodeBuilder(numbering, line);
            closeUntilPlace(open, numbering.style(), order);
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        return roots;
    }

    private static void closeUntilPlace(Deque<NodeBuilder> open, NumberingStyle style, StyleOrder order) {
        if (open.stream().anyMatch(node -> node.style() == style)) {
            while (open.peek().style() != style) {
                open.pop();
            }
            open.pop();
            return;
        }
        while (!open.isEmpty() && order.isAbove(style, open.peek().style())
                && (style.isPartStyle() || !open.peek().style().isPartStyle())) {
            open.pop();
        }
    }
}
