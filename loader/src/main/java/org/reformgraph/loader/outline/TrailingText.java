package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Text after the last measure that closes the whole plan (各区各部门要强化责任意识…) rather than continuing the
 * measure. It can only be told apart where the plan's measures are each one paragraph: then paragraphs after the last
 * one are the plan's closing words, and belong to no node. Where measures run over several paragraphs nothing is
 * detached.
 */
final class TrailingText {
    private static final int MIN_MEASURES = 5;

    private TrailingText() {
    }

    static void detach(List<NodeBuilder> roots) {
        List<NodeBuilder> measures = new ArrayList<>();
        collect(roots, measures);
        if (measures.size() < MIN_MEASURES) {
            return;
        }
        NodeBuilder last = measures.get(measures.size() - 1);
        boolean othersOneParagraph = measures.subList(0, measures.size() - 1).stream()
                .allMatch(m -> m.ownLines.size() == 1);
        if (othersOneParagraph && last.ownLines.size() > 1 && isLastInItsTree(last, roots)) {
            last.ownLines.subList(1, last.ownLines.size()).clear();
        }
    }

    /** Only text at the very end of the outline is the plan's closing: the last measure must be the last node. */
    private static boolean isLastInItsTree(NodeBuilder measure, List<NodeBuilder> roots) {
        NodeBuilder node = roots.get(roots.size() - 1);
        while (!node.children.isEmpty()) {
            node = node.children.get(node.children.size() - 1);
        }
        return node == measure;
    }

    private static void collect(List<NodeBuilder> nodes, List<NodeBuilder> out) {
        for (NodeBuilder node : nodes) {
            if (node.kind == NodeKind.MEASURE) {
                out.add(node);
            }
            collect(node.children, out);
        }
    }
}
