package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a measure from the sentence templates of {@code sentences.txt}: a heading of its topic, then five to seven
 * sentences of which about half carry a reform type (drawn from the topic's usual reforms or the whole scheme) and some a target or an agency named in passing.
 */
final class MeasureComposer {
    private enum Slot { REFORM, TARGET, REFORM_AND_TARGET, AGENCY, PLAIN }

    private final Map<Slot, List<String>> templates = new EnumMap<>(Slot.class);
    private final ReformTypeScheme reformTypes;
    private final TargetPhrases targets;
    private final Map<String, ZipfSampler> topicSamplers = new java.util.concurrent.ConcurrentHashMap<>();

    MeasureComposer(ReformTypeScheme reformTypes, TargetPhrases targets) {
        this.reformTypes = reformTypes;
        this.targets = targets;
        for (Resources.Line line : Resources.lines("sentences.txt")) {
            String text = line.text();
            int space = text.indexOf(' ');
            Slot slot = space < 0 ? null : switch (text.substring(0, space)) {
                case "rt" -> Slot.REFORM;
                case "t" -> Slot.TARGET;
                case "rtt" -> Slot.REFORM_AND_TARGET;
                case "a" -> Slot.AGENCY;
                case "-" -> Slot.PLAIN;
                default -> null;
            };
            if (slot == null) {
                throw line.error("'rt|t|rtt|a|- <sentence>'");
            }
            templates.computeIfAbsent(slot, s -> new ArrayList<>()).add(text.substring(space + 1));
        }
        if (templates.size() != Slot.values().length) {
            throw new IllegalStateException("sentences.txt needs sentences of every kind (rt, t, rtt, a, -), has " + templates.keySet());
        }
    }

    /** A measure of the topic under the given heading (headings are drawn by the caller, so a section repeats none). */
    ComposedMeasure compose(Random random, Topic topic, String heading, PlanAgencies agencies, int horizonYear) {
        List<String> used = new ArrayList<>();
        List<ReformType> intended = new ArrayList<>();
        List<String> stated = new ArrayList<>();
        List<Agency> mentions = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int sentences = 5 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            Slot slot = slot(random);
            String template = pick(random, templates.get(slot));
            if (used.contains(template)) {
                template = pick(random, templates.get(Slot.PLAIN));
            }
            used.add(template);
            String sentence = template
                    .replace("{O}", pick(random, topic.objects()))
                    .replace("{J}", JurisdictionPool.shortName(agencies.jurisdiction()))
                    .replace("{Y}", Integer.toString(horizonYear));
            if (sentence.contains("{RT}")) {
                // half the draws follow the topic (带押过户 under property, 船边直提 under trade), half the global skew
                ReformType type = random.nextBoolean()
                        ? reformTypes.byLabel(topic.reforms().get(topicSampler(topic).sample(random)))
                        : reformTypes.sample(random);
                intended.add(type);
                sentence = sentence.replace("{RT}", type.label());
            }
            if (sentence.contains("{T}")) {
                String target = targets.sample(random, horizonYear);
                stated.add(target);
                sentence = sentence.replace("{T}", target);
            }
            if (sentence.contains("{A}")) {
                Agency agency = agencies.of(pick(random, topic.kinds()));
                mentions.add(agency);
                sentence = sentence.replace("{A}", agency.name());
            }
            body.append(sentence);
        }
        return new ComposedMeasure(heading, body.toString(), intended, stated, mentions);
    }

    private ZipfSampler topicSampler(Topic topic) {
        return topicSamplers.computeIfAbsent(topic.key(), key -> {
            topic.reforms().forEach(reformTypes::byLabel);
            return new ZipfSampler(topic.reforms().size(), 1.0);
        });
    }

    private static Slot slot(Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return Slot.REFORM;
        }
        if (roll < 45) {
            return Slot.REFORM_AND_TARGET;
        }
        if (roll < 60) {
            return Slot.TARGET;
        }
        if (roll < 68) {
            return Slot.AGENCY;
        }
        return Slot.PLAIN;
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
