package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A part whose items lost their numbering: paragraphs directly under a part heading (二、降低企业经营成本) where the
 * plan's other parts have numbered items. When each paragraph closes with an attribution (on its own line or the
 * next), each is an unnumbered item of its own; otherwise nothing tells where one item ends, and the part stays one
 * node. Either way {@link PartialReading} reports it.
 */
final class UnnumberedItems {
    private UnnumberedItems() {
    }

    /** Splits the part's paragraphs into unnumbered items when at least two of them close with an attribution. */
    static void split(NodeBuilder part) {
        if (!part.isLeaf() || part.ownLines.size() < 3) {
            return;
        }
        List<List<TextLine>> items = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : part.ownLines.subList(1, part.ownLines.size())) {
            current.add(line);
            if (AttributionMarks.in(line.text())) {
                items.add(current);
                current = new ArrayList<>();
            }
        }
        if (items.size() < 2) {
            return;
        }
        // words after the last attribution are that item's closing, not an item of their own
        items.get(items.size() - 1).addAll(current);
        part.ownLines.subList(1, part.ownLines.size()).clear();
        for (List<TextLine> lines : items) {
            NodeBuilder item = new NodeBuilder(null, lines.get(0));
            item.ownLines.addAll(lines.subList(1, lines.size()));
            item.title = Titles.of(lines.get(0).text());
            part.children.add(item);
        }
    }

    /** An item made here: a paragraph with no numbering of its own. */
    static boolean isUnnumberedItem(NodeBuilder node) {
        return node.numbering == null && node.heading != null && !node.tableNode && node.tableRow == null;
    }
}
