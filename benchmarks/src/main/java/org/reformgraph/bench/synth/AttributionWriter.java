package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reformgraph.bench.synth.GoldAttribution.Role;

/**
 * Writes the units of a measure or a section in a plan's attribution form, and says what they mean (the gold). A
 * plan keeps its labels (牵头单位 or 牵头部门; 责任单位 or 配合单位 …) and its punctuation width throughout.
 */
final class AttributionWriter {
    private static final List<String> TAILS = List.of("等有关部门", "等相关单位", "等部门");

    private final AttributionForm form;
    private final Random random;
    private final boolean halfWidth;
    private final String leadLabel;
    private final String othersLabel;

    AttributionWriter(AttributionForm form, Random random, boolean halfWidth) {
        this.form = form;
        this.random = random;
        this.halfWidth = halfWidth;
        boolean departments = random.nextBoolean() || form == AttributionForm.SECTION_BLOCK;
        this.leadLabel = departments ? "牵头部门" : "牵头单位";
        boolean cooperating = form == AttributionForm.LABELLED_LINES ? random.nextBoolean() : random.nextInt(5) == 0;
        this.othersLabel = cooperating ? (departments ? "配合部门" : "配合单位") : (departments ? "责任部门" : "责任单位");
    }

    /** Whether this form writes a deadline beside the units (so the gold may carry one). */
    boolean writesDeadline() {
        return switch (form) {
            case LABELLED_INLINE, LEAD_COOPERATE, RESPONSIBLE_LABEL, RESPONSIBLE_LABEL_CONVENTION, LABELLED_LINES,
                    FLATTENED_TABLE, TAB_TABLE -> true;
            default -> false;
        };
    }

    /** What follows a measure's text on its own line, e.g. （牵头单位：A；责任单位：B、C）; empty for other forms. */
    String inline(Agency lead, List<Agency> others, String deadline) {
        String tail = deadline == null ? "" : semicolon() + (deadline.startsWith("持续") || deadline.startsWith("长期") ? "" : "完成时限" + colon()) + deadline;
        return switch (form) {
            case LABELLED_INLINE -> open() + leadLabel + colon() + lead.name()
                    + (others.isEmpty() ? "" : semicolon() + othersLabel + colon() + list(others)) + tail + close();
            case LABELLED_BRACKETED -> "〔" + leadLabel + colon() + lead.name()
                    + (others.isEmpty() ? "" : "，" + othersLabel + colon() + list(others)) + "〕";
            case LEAD_COOPERATE -> open() + lead.name() + (others.isEmpty() ? "牵头负责" : "牵头，" + list(others) + "配合") + tail + close();
            case RESPONSIBLE_LIST -> open() + list(all(lead, others)) + "负责" + close();
            case RESPONSIBLE_LABEL, RESPONSIBLE_LABEL_CONVENTION -> open() + "责任单位" + colon() + list(all(lead, others)) + tail + close();
            case SECTION_LEAD -> others.isEmpty() ? "" : open() + othersLabel + colon() + list(others) + close();
            default -> "";
        };
    }

    /** Labelled lines after a measure (牵头单位：A / 配合单位：B / 完成时限：…). */
    List<String> linesAfter(Agency lead, List<Agency> others, String deadline) {
        List<String> lines = new ArrayList<>();
        lines.add(leadLabel + colon() + lead.name());
        if (!others.isEmpty()) {
            lines.add(othersLabel + colon() + list(others));
        }
        if (deadline != null) {
            lines.add("完成时限" + colon() + deadline);
        }
        return lines;
    }

    /** The block that closes a section and covers every measure in it. */
    String sectionBlock(Agency lead, List<Agency> others) {
        return open() + leadLabel + colon() + lead.name()
                + (others.isEmpty() ? "" : semicolon() + othersLabel + colon() + list(others)) + close();
    }

    /** The lead given once on a section heading. */
    String sectionLead(Agency lead) {
        return open() + leadLabel + colon() + lead.name() + close();
    }

    /** A flattened table row's unit cells: lead, units and deadline run together with no separator. */
    String runTogether(Agency lead, List<Agency> others, String deadline) {
        StringBuilder text = new StringBuilder(lead.name());
        for (int i = 0; i < others.size(); i++) {
            // a cell's own list keeps its commas; the cell boundaries vanish
            text.append(i > 0 && random.nextInt(3) == 0 ? "，" : "").append(others.get(i).name());
        }
        return text.append(deadline == null ? "" : deadline).toString();
    }

    /** A unit list as plans write it: 、 between names, now and then 及 or 和 before the last, or an 等有关部门 tail. */
    String list(List<Agency> agencies) {
        StringBuilder text = new StringBuilder();
        String lastJoin = agencies.size() > 1 && random.nextInt(7) == 0 ? (random.nextBoolean() ? "及" : "和") : "、";
        for (int i = 0; i < agencies.size(); i++) {
            if (i > 0) {
                text.append(i == agencies.size() - 1 ? lastJoin : "、");
            }
            text.append(agencies.get(i).name());
        }
        if (random.nextInt(10) == 0) {
            text.append(TAILS.get(random.nextInt(TAILS.size())));
        }
        return text.toString();
    }

    /** The roles the written units stand for in this form. */
    List<GoldAttribution> gold(Agency lead, List<Agency> others, boolean leadInherited, boolean othersInherited) {
        List<GoldAttribution> gold = new ArrayList<>();
        if (form == AttributionForm.NONE) {
            return gold;
        }
        Role leadRole = form == AttributionForm.RESPONSIBLE_LIST || form == AttributionForm.RESPONSIBLE_LABEL ? Role.RESPONSIBLE : Role.LEAD;
        Role othersRole = switch (form) {
            case LABELLED_INLINE, LABELLED_BRACKETED, SECTION_BLOCK, SECTION_LEAD, LABELLED_LINES ->
                    othersLabel.startsWith("配合") ? Role.COOPERATING : Role.RESPONSIBLE;
            case LEAD_COOPERATE -> Role.COOPERATING;
            default -> Role.RESPONSIBLE;
        };
        gold.add(new GoldAttribution(leadRole, lead, leadInherited));
        others.forEach(agency -> gold.add(new GoldAttribution(othersRole, agency, othersInherited)));
        return gold;
    }

    private static List<Agency> all(Agency lead, List<Agency> others) {
        List<Agency> all = new ArrayList<>();
        all.add(lead);
        all.addAll(others);
        return all;
    }

    private String colon() {
        return halfWidth ? ":" : "：";
    }

    private String semicolon() {
        return halfWidth ? ";" : "；";
    }

    private String open() {
        return halfWidth ? "(" : "（";
    }

    private String close() {
        return halfWidth ? ")" : "）";
    }
}
