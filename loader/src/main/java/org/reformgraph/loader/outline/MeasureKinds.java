package org.reformgraph.loader.outline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides what each node is, by structure: items with no numbered children are the measures; nodes with children
 * are sections, or parts at the top. Two parts hold no measures, whatever their structure: a first part that sets
 * out general requirements (总体要求, 指导思想, 基本原则, 目标) and a last part of safeguards (保障措施, 组织实施,
 * 推进机制, 工作要求 …); their items are sections.
 */
final class MeasureKinds {
    private static final Pattern GENERAL = Pattern.compile("总体要求|指导思想|基本原则|总体目标|主要目标|工作目标|总体思路|基本要求");
    private static final Pattern SAFEGUARDS = Pattern.compile(
            "保障措施|保障机制|组织实施|组织保障|组织领导|工作要求|实施保障|推进机制|工作保障|落地落实|保障举措|工作机制");

    private MeasureKinds() {
    }

    static void assign(List<NodeBuilder> roots) {
        List<NodeBuilder> parts = roots.stream().filter(n -> n.numbering != null && n.style().isPartStyle()).toList();
        NodeBuilder first = parts.isEmpty() ? null : parts.get(0);
        NodeBuilder last = parts.size() < 2 ? null : parts.get(parts.size() - 1);
        for (NodeBuilder root : roots) {
            boolean excluded = root == first && GENERAL.matcher(root.title).find()
                    || root == last && SAFEGUARDS.matcher(root.title).find();
            if (excluded) {
                root.kind = NodeKind.PART;
                markSections(root.children);
            } else if (root.isLeaf() && !root.isImplicit()) {
                root.kind = NodeKind.MEASURE;
            } else {
                root.kind = root.numbering != null && root.style().isPartStyle() ? NodeKind.PART : NodeKind.SECTION;
                assignBelow(root.children);
            }
        }
    }

    static boolean isGeneralOrSafeguards(String title) {
        return GENERAL.matcher(title).find() || SAFEGUARDS.matcher(title).find();
    }

    private static void assignBelow(List<NodeBuilder> nodes) {
        for (NodeBuilder node : nodes) {
            node.kind = node.isLeaf() && !node.isImplicit() ? NodeKind.MEASURE : NodeKind.SECTION;
            assignBelow(node.children);
        }
    }

    private static void markSections(List<NodeBuilder> nodes) {
        for (NodeBuilder node : nodes) {
            node.kind = NodeKind.SECTION;
            markSections(node.children);
        }
    }
}
