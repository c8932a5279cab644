package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * The labelled lists of a statement such as 牵头部门：A；责任部门：B、C or 责任单位：A、B: each label gives the role of
 * the names after it, up to the next label. Where no label names a lead, the first responsible unit leads by
 * convention.
 */
final class LabelledSegments {
    static final Pattern LABEL = Pattern.compile(
            "(牵头|主责|责任|负责|配合|协办|协助|参与|协同|支持)(部门|单位|机构)\\s*[：:]");
    /**
     * Labels that name no agency but end the list before them: （…；完成时限：2023年12月底前）. Without them the
     * label and its deadline would be read as one more unit of the list.
     */
    static final Pattern OTHER_LABEL = Pattern.compile(
            "(完成时限|完成时间|完成期限|时间节点|时限要求|进度安排|时间要求|时限|备注)\\s*[：:]");

    private final AgencyListSplitter splitter;

    LabelledSegments(AgencyListSplitter splitter) {
        this.splitter = splitter;
    }

    static boolean hasLabel(String text, Span span) {
        return LABEL.matcher(text).region(span.start(), span.end()).find();
    }

    /** The attributions of the labelled lists within {@code content}; {@code evidence} is the whole statement. */
    List<Attribution> parse(String text, Span content, Span evidence) {
        Matcher m = LABEL.matcher(text).region(content.start(), content.end());
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        List<Attribution> out = new ArrayList<>();
        boolean leadNamed = labels.stream().anyMatch(l -> role(text.substring(l[0], l[0] + 2)) == Role.LEAD);
        for (int i = 0; i < labels.size(); i++) {
            int from = labels.get(i)[1];
            int to = i + 1 < labels.size() ? labels.get(i + 1)[0] : content.end();
            Role role = role(text.substring(labels.get(i)[0], labels.get(i)[0] + 2));
            to = Math.min(to, otherLabel(text, new Span(from, Math.max(from, to)), from));
            List<ListedName> names = splitter.split(text, new Span(from, to));
            if (role == Role.RESPONSIBLE && !leadNamed) {
                out.addAll(Lists.firstListedLeads(names, evidence, Confidence.LABELLED));
                leadNamed = true;
            } else {
                out.addAll(Lists.explicit(names, role, evidence, Confidence.LABELLED));
            }
        }
        return out;
    }

    /** Where the first label that names no agency (完成时限：) starts after {@code from}, or the content's end. */
    private static int otherLabel(String text, Span content, int from) {
        Matcher m = OTHER_LABEL.matcher(text).region(Math.min(from, content.end()), content.end());
        return m.find() ? m.start() : content.end();
    }

    private static Role role(String word) {
        return switch (word) {
            case "牵头", "主责" -> Role.LEAD;
            case "责任", "负责" -> Role.RESPONSIBLE;
            default -> Role.COOPERATING;
        };
    }
}
