package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes the measure parts of a plan in its numbering style and attribution form, and records each measure's gold
 * as it goes. Parts group two or three topic sections; sections hold two to five measures.
 */
final class PlanBodyWriter {
    private static final List<String> PART_TITLES = List.of(
            "深化重点领域改革，打造营商环境升级版", "持续优化政务服务，提升企业办事便利度", "营造公平竞争的市场环境",
            "打造高效便捷的政务环境", "构建公正透明的法治环境", "建设开放包容的投资贸易环境",
            "强化要素保障，降低经营主体成本", "强化创新驱动，激发市场主体活力");
    private static final List<String> DEADLINES = List.of("{Y}年6月底前", "{Y}年12月底前", "{Y}年底", "{Y}年9月底前",
            "持续推进", "长期坚持");

    private final Random random;
    private final List<Topic> topics;
    private final PlanAgencies agencies;
    private final MeasureComposer composer;
    private final ReformTypeScheme scheme;
    private final AttributionWriter attributions;
    private final AttributionForm form;
    private final NumberingStyle numbering;
    private final int year;
    private final String itemSeparator;
    private final boolean halfWidthSections;
    private final boolean continuousItems;

    private final List<GoldMeasure> gold = new ArrayList<>();
    private int measureNumber;

    PlanBodyWriter(Random random, List<Topic> topics, PlanAgencies agencies, MeasureComposer composer,
                   ReformTypeScheme scheme, AttributionWriter attributions, AttributionForm form, NumberingStyle numbering,
                   int year) {
        this.random = random;
        this.topics = topics;
        this.agencies = agencies;
        this.composer = composer;
        this.scheme = scheme;
        this.attributions = attributions;
        this.form = form;
        this.numbering = numbering;
        this.year = year;
        this.itemSeparator = List.of(".", ".", "．", "、").get(random.nextInt(4));
        this.halfWidthSections = random.nextInt(5) == 0;
        this.continuousItems = random.nextInt(10) < 7;
    }

    /** Writes the parts numbered from {@code firstPart} (二 when 一 is the general requirements); returns the gold. */
    List<GoldMeasure> write(StringBuilder out, int firstPart) {
        List<Topic> chosen = new ArrayList<>(topics);
        Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, Math.min(chosen.size(), 9 + random.nextInt(3)));
        List<String> partTitles = new ArrayList<>(PART_TITLES);
        Collections.shuffle(partTitles, random);
        if (form == AttributionForm.TAB_TABLE) {
            out.append("为推动各项任务落地见效，现将重点任务分解如下：\n\n序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限\n");
        } else if (form == AttributionForm.FLATTENED_TABLE) {
            out.append("重点任务清单\n\n序号\n重点任务\n牵头单位\n责任单位\n完成时限\n");
        }
        int part = firstPart;
        int next = 0;
        int sectionNumber = 0;
        while (next < chosen.size()) {
            int size = Math.min(chosen.size() - next, 2 + random.nextInt(2));
            String partTitle = partTitles.get((part - firstPart) % partTitles.size());
            String partHeading = Numerals.chinese(part) + "、" + partTitle;
            out.append(partHeading).append(form == AttributionForm.TAB_TABLE ? "\t\t\t\t\t\n" : "\n\n");
            for (int s = 0; s < size; s++) {
                // section numbering restarts in each part for （一）, runs on for 1. headings
                sectionNumber = numbering == NumberingStyle.PART_ITEM_SUBITEM ? sectionNumber + 1 : s + 1;
                section(out, partHeading, chosen.get(next + s), sectionNumber);
            }
            next += size;
            part++;
        }
        return gold;
    }

    /** The number the closing part takes after the measure parts written. */
    int nextPart(int firstPart) {
        return firstPart + (int) gold.stream().map(GoldMeasure::part).distinct().count();
    }

    private void section(StringBuilder out, String part, Topic topic, int sectionNumber) {
        String title = MeasureComposer.pick(random, topic.sections());
        Agency sectionLead = agencies.of(leadKind(topic));
        List<Agency> sectionOthers = others(topic, sectionLead);
        if (numbering.showsSections()) {
            String marker = numbering == NumberingStyle.PART_ITEM_SUBITEM ? sectionNumber + itemSeparator
                    : bracket(Numerals.chinese(sectionNumber), halfWidthSections);
            out.append(marker).append(title).append("。");
            if (form == AttributionForm.SECTION_LEAD) {
                out.append(attributions.sectionLead(sectionLead));
            }
            out.append("\n\n");
        }
        List<String> headings = new ArrayList<>(topic.headings());
        Collections.shuffle(headings, random);
        int count = 3 + random.nextInt(Math.min(4, headings.size() - 2));
        for (int i = 0; i < count; i++) {
            measureNumber++;
            int shown = continuousItems || !numbering.showsSections() ? measureNumber : i + 1;
            measure(out, part, title, topic, headings.get(i % headings.size()) + "。", i == 0, marker(shown, i + 1),
                    sectionLead, sectionOthers);
        }
        if (form == AttributionForm.SECTION_BLOCK) {
            out.append(attributions.sectionBlock(sectionLead, sectionOthers)).append("\n\n");
        }
    }

    private void measure(StringBuilder out, String part, String section, Topic topic, String heading,
                         boolean firstOfSection, String marker, Agency sectionLead, List<Agency> sectionOthers) {
        ComposedMeasure text = composer.compose(random, topic, heading, agencies, year + 1);
        Agency lead = agencies.of(leadKind(topic));
        List<Agency> others = others(topic, lead);
        String deadline = attributions.writesDeadline() && random.nextInt(10) < (form.isTable() ? 9 : 4)
                ? DEADLINES.get(random.nextInt(DEADLINES.size())).replace("{Y}", Integer.toString(year + random.nextInt(2)))
                : null;
        List<GoldAttribution> attributed;
        switch (form) {
            case TAB_TABLE -> {
                out.append(marker).append('\t').append(firstOfSection ? section : "").append('\t')
                        .append(text.heading()).append(text.body()).append('\t').append(lead.name()).append('\t')
                        .append(others.isEmpty() ? "" : attributions.list(others)).append('\t')
                        .append(deadline == null ? "" : deadline).append('\n');
                attributed = attributions.gold(lead, others, false, false);
            }
            case FLATTENED_TABLE -> {
                out.append(marker).append('\n');
                if (firstOfSection) {
                    out.append(section).append('\n');
                }
                out.append(text.heading()).append(text.body()).append('\n')
                        .append(attributions.runTogether(lead, others, deadline)).append("\n");
                attributed = attributions.gold(lead, others, false, false);
            }
            case SECTION_BLOCK -> {
                out.append(marker).append(text.heading()).append(text.body()).append("\n\n");
                deadline = null;
                attributed = attributions.gold(sectionLead, sectionOthers, true, true);
            }
            case SECTION_LEAD -> {
                out.append(marker).append(text.heading()).append(text.body()).append(attributions.inline(sectionLead, others, null)).append("\n\n");
                deadline = null;
                attributed = attributions.gold(sectionLead, others, true, false);
            }
            case LABELLED_LINES -> {
                out.append(marker).append(text.heading()).append(text.body()).append('\n');
                attributions.linesAfter(lead, others, deadline).forEach(line -> out.append(line).append('\n'));
                out.append('\n');
                attributed = attributions.gold(lead, others, false, false);
            }
            default -> {
                String units = attributions.inline(lead, others, deadline);
                if (!units.contains(deadline == null ? "\u0000" : deadline)) {
                    deadline = null;
                }
                out.append(marker).append(text.heading()).append(text.body()).append(units).append("\n\n");
                attributed = attributions.gold(lead, others, false, false);
            }
        }
        gold.add(new GoldMeasure(gold.size() + 1, marker, part, section, topic.key(), text.heading(),
                scheme.namedIn(text.heading() + text.body()), text.targets(), deadline, attributed, text.mentions()));
    }

    private String marker(int number, int withinSection) {
        return switch (numbering) {
            case PART_SECTION_ITEM -> number + itemSeparator;
            case PART_SECTION -> bracket(Numerals.chinese(number), halfWidthSections ^ random.nextInt(10) == 0);
            case PART_ITEM_SUBITEM -> bracket(Integer.toString(withinSection), halfWidthSections);
            case PART_SECTION_CIRCLED -> Numerals.circled(withinSection);
            case TABLE -> Integer.toString(number);
        };
    }

    private static String bracket(String number, boolean halfWidth) {
        return halfWidth ? "(" + number + ")" : "（" + number + "）";
    }

    private String leadKind(Topic topic) {
        return random.nextInt(10) < 6 ? topic.kinds().get(0) : MeasureComposer.pick(random, topic.kinds());
    }

    /** Zero to three further units of other kinds than the lead, now and then the governments below. */
    private List<Agency> others(Topic topic, Agency lead) {
        int roll = random.nextInt(20);
        int count = roll < 4 ? 0 : roll < 11 ? 1 : roll < 17 ? 2 : 3;
        List<Agency> others = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        kinds.add(lead.kind());
        for (int attempt = 0; others.size() < count && attempt < 12; attempt++) {
            Agency candidate = random.nextInt(4) == 0 ? agencies.any() : agencies.of(MeasureComposer.pick(random, topic.kinds()));
            if (!kinds.contains(candidate.kind())) {
                kinds.add(candidate.kind());
                others.add(candidate);
            }
        }
        if (random.nextInt(10) == 0 && !kinds.contains("subordinate-governments")) {
            others.add(agencies.of("subordinate-governments"));
        }
        return others;
    }
}
