package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides what each node is. Two parts hold no measures, whatever their structure: a first part that sets out general
 * requirements (总体要求, 指导思想, 基本原则, 目标) and a last part of safeguards (保障措施, 组织实施, 推进机制, 工作要求
 * …); their items are sections. Elsewhere, attributions decide where the plan has them at item level
 * ({@link AttributionMarks}: （牵头单位：…）, （…负责）, 〔…〕, labelled lines):
 * <ul>
 *   <li>an item that carries its own attribution while no item below it does is a measure; numbered items below it
 *       are its sub-points, folded into its text, not nodes of their own;</li>
 *   <li>an item with items below it that carry attributions is a section (its own attribution, if any, is given
 *       once for them all);</li>
 *   <li>an item that carries none, with none below it, is a measure when it is numbered in the part's <em>measure
 *       level</em> — the deepest style among the part's items that carry attributions — so that an item whose
 *       attribution was forgotten still matches its siblings; otherwise items with no numbered children are
 *       measures (the rule for plans without attributions).</li>
 * </ul>
 * A part whose paragraphs lost their numbering is split into unnumbered items when they close with attributions
 * ({@link UnnumberedItems}); a part that only points to the appendix (见附件) holds no measure.
 * A section's closing block ({@link ClosingBlocks}) is no attribution of an item: Wuhan's （一）市场准入退出 with its
 * （牵头部门：…） stays a section over measures 1.–4. An item with numbered children whose own text is only a heading
 * (优化纳税服务。（牵头单位：市税务局）) is a section too: its attribution is given once for the items below it.
 * Only an item that says more than its lead phrase carries its attribution as a measure.
 */
final class MeasureKinds {
    private static final Pattern GENERAL = Pattern.compile("总则|总体要求|指导思想|基本原则|总体目标|主要目标|工作目标|总体思路|基本要求");
    private static final Pattern SAFEGUARDS = Pattern.compile(
            "附则|保障措施|保障机制|组织实施|组织保障|组织领导|工作要求|实施保障|推进机制|工作保障|落地落实|保障举措|工作机制");

    /** A part that only points to the appendix (具体任务见附件《…清单》). */
    private static final Pattern APPENDIX_POINTER = Pattern.compile("见附件|详见附件|见附表");

    private MeasureKinds() {
    }

    static void assign(List<NodeBuilder> roots, StyleOrder order, String text) {
        List<NodeBuilder> parts = roots.stream().filter(n -> n.numbering != null && n.style().isPartStyle()).toList();
        NodeBuilder first = parts.isEmpty() ? null : parts.get(0);
        NodeBuilder last = parts.size() < 2 ? null : parts.get(parts.size() - 1);
        for (NodeBuilder root : roots) {
            boolean excluded = root == first && GENERAL.matcher(root.title).find()
                    || root == last && SAFEGUARDS.matcher(root.title).find();
            if (excluded) {
                root.kind = NodeKind.PART;
                markSections(root.children);
                continue;
            }
            if (root.isLeaf() && root.numbering != null && root.style().isPartStyle()) {
                if (APPENDIX_POINTER.matcher(root.ownText(text)).find()) {
                    // 具体任务见附件: the measures are in the appendix's table, not here
                    root.kind = NodeKind.PART;
                    continue;
                }
                UnnumberedItems.split(root);
            }
            NumberingStyle measureLevel = measureLevel(root, order, text);
            assign(root, measureLevel, text, true);
        }
    }

    static boolean isGeneralOrSafeguards(String title) {
        return GENERAL.matcher(title).find() || SAFEGUARDS.matcher(title).find();
    }

    /** The deepest style among the part's items that carry their own attribution, or null when none does. */
    private static NumberingStyle measureLevel(NodeBuilder root, StyleOrder order, String text) {
        List<NumberingStyle> carrying = new ArrayList<>();
        collectCarrying(root, text, carrying);
        return carrying.stream().max(Comparator.comparingInt(order::depth)).orElse(null);
    }

    private static void collectCarrying(NodeBuilder node, String text, List<NumberingStyle> out) {
        if (node.numbering != null && carriesOwnAttribution(node, text)) {
            out.add(node.style());
        }
        for (NodeBuilder child : node.children) {
            collectCarrying(child, text, out);
        }
    }

    /** A leaf with an attribution in its text, or an item with children that says more than a heading and has one. */
    private static boolean carriesOwnAttribution(NodeBuilder node, String text) {
        String own = node.ownText(text);
        if (!AttributionMarks.in(own)) {
            return false;
        }
        if (node.isLeaf()) {
            return true;
        }
        return !node.style().isPartStyle() && saysMoreThanAHeading(own);
    }

    /** Text beyond a lead phrase: a second sentence, or a first one too long to be a title. */
    private static boolean saysMoreThanAHeading(String own) {
        String words = own.replaceAll("[（(〔【][^（()）〔〕【】]*[）)〕】]", "").replaceAll("(?m)^\\s*(?:牵头|责任|配合|主责|协办).*$", "").strip();
        int stop = -1;
        for (int i = 0; i < words.length(); i++) {
            if ("。；！？;!?".indexOf(words.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        if (stop < 0) {
            return words.length() > Titles.MAX_LEAD;
        }
        return stop > Titles.MAX_LEAD || !words.substring(stop + 1).isBlank();
    }

    private static void assign(NodeBuilder node, NumberingStyle measureLevel, String text, boolean top) {
        boolean carries = node.numbering != null && carriesOwnAttribution(node, text);
        boolean below = node.children.stream().anyMatch(child -> carriesBelow(child, text));
        if (carries && !below || !below && measureLevel != null && node.style() == measureLevel && !node.isImplicit()) {
            node.kind = NodeKind.MEASURE;
            SubPoints.fold(node);
        } else if (node.isLeaf() && !node.isImplicit()) {
            node.kind = NodeKind.MEASURE;
        } else {
            node.kind = top && node.numbering != null && node.style().isPartStyle() ? NodeKind.PART : NodeKind.SECTION;
            for (NodeBuilder child : node.children) {
                assign(child, measureLevel, text, false);
            }
        }
    }

    /** True when the node or a node below it carries its own attribution. */
    private static boolean carriesBelow(NodeBuilder node, String text) {
        return node.numbering != null && carriesOwnAttribution(node, text)
                || node.children.stream().anyMatch(child -> carriesBelow(child, text));
    }

    private static void markSections(List<NodeBuilder> nodes) {
        for (NodeBuilder node : nodes) {
            node.kind = NodeKind.SECTION;
            markSections(node.children);
        }
    }
}
