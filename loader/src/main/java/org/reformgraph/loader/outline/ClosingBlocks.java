package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A section that closes with a block of its own — （牵头部门：…；责任部门：…） or labelled lines 牵头单位：… 配合单位：…
 * after its last item — states who is responsible for every item in it. Such a block is taken out of the last item
 * (its span and body end before it) and kept in the section's span, where {@link SectionClosing} finds it. It is a
 * section's block only when the section has several items and none of the others has an attribution of its own
 * (a block line or one inside its text); otherwise (a plan that closes every measure with its own （责任单位：…）) it
 * stays with its item.
 */
final class ClosingBlocks {
    private ClosingBlocks() {
    }

    static void detach(List<NodeBuilder> nodes, String text) {
        for (NodeBuilder node : nodes) {
            detach(node.children, text);
            if (node.children.size() < 2) {
                continue;
            }
            NodeBuilder last = node.children.get(node.children.size() - 1);
            int blockLines = trailingBlockLines(last);
            if (!last.isLeaf() || blockLines == 0) {
                continue;
            }
            boolean othersHaveBlocks = node.children.subList(0, node.children.size() - 1).stream()
                    .anyMatch(other -> hasBlockLine(other) || AttributionMarks.in(other.ownText(text)));
            if (!othersHaveBlocks) {
                List<TextLine> block = last.ownLines.subList(last.ownLines.size() - blockLines, last.ownLines.size());
                node.closingLines.addAll(new ArrayList<>(block));
                block.clear();
            }
        }
    }

    /** How many of the node's last lines (never its heading) are block lines. */
    private static int trailingBlockLines(NodeBuilder node) {
        int count = 0;
        for (int i = node.ownLines.size() - 1; i >= 1 && AttributionMarks.isBlockLine(node.ownLines.get(i).text()); i--) {
            count++;
        }
        return count;
    }

    private static boolean hasBlockLine(NodeBuilder node) {
        return node.ownLines.stream().skip(1).anyMatch(line -> AttributionMarks.isBlockLine(line.text()));
    }
}
