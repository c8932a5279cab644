package org.reformgraph.loader.outline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section that closes with a block of its own — （牵头部门：…；责任部门：…） on a line after its last measure — states
 * who is responsible for every measure in it. Such a block is taken out of the last measure (its span and body end
 * before it) and kept in the section's span, where {@link SectionClosing} finds it. It is a section's block only when
 * the section has several items and none of the others ends with a block line of its own; otherwise (a plan that
 * closes every measure with its own （责任单位：…） line) it stays with its measure.
 */
final class ClosingBlocks {
    static final Pattern BLOCK = Pattern.compile(
            "^[（(]\\s*(?:牵头|责任|配合|主责|协办|参与)[^：:）)]{0,6}[：:].*[）)]$|^[（(][^（(]*(?:负责|牵头)[）)]$");

    private ClosingBlocks() {
    }

    static void detach(List<NodeBuilder> nodes) {
        for (NodeBuilder node : nodes) {
            detach(node.children);
            if (node.children.size() < 2) {
                continue;
            }
            NodeBuilder last = node.children.get(node.children.size() - 1);
            if (!last.isLeaf() || !endsWithBlockLine(last)) {
                continue;
            }
            boolean othersHaveBlocks = node.children.subList(0, node.children.size() - 1).stream()
                    .anyMatch(ClosingBlocks::hasBlockLine);
            if (!othersHaveBlocks) {
                node.closingBlock = last.ownLines.remove(last.ownLines.size() - 1);
            }
        }
    }

    private static boolean endsWithBlockLine(NodeBuilder node) {
        return node.ownLines.size() > 1 && BLOCK.matcher(node.ownLines.get(node.ownLines.size() - 1).text()).matches();
    }

    private static boolean hasBlockLine(NodeBuilder node) {
        return node.ownLines.stream().skip(1).anyMatch(line -> BLOCK.matcher(line.text()).matches());
    }
}
