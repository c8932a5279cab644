package org.reformgraph.bench.synth;

import java.util.List;
import java.util.Random;

/** Quantitative targets (0.5天办结, 压缩至3个工作日, 不少于50场 …) from the templates in {@code targets.txt}. */
final class TargetPhrases {
    private static final String[] DAYS = {"0.5", "1", "1.5", "2", "3", "5"};
    private final List<String> templates;

    private TargetPhrases(List<String> templates) {
        this.templates = templates;
    }

    static TargetPhrases load() {
        return new TargetPhrases(Resources.lines("targets.txt").stream().map(Resources.Line::text).toList());
    }

    String sample(Random random, int horizonYear) {
        String template = templates.get(random.nextInt(templates.size()));
        return template
                .replace("{n}", Integer.toString(new int[]{1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 100}[random.nextInt(11)]))
                .replace("{d}", DAYS[random.nextInt(DAYS.length)])
                .replace("{p}", Integer.toString(new int[]{30, 50, 60, 80, 90, 95}[random.nextInt(6)]))
                .replace("{r}", (1 + random.nextInt(2)) + "." + random.nextInt(10))
                .replace("{y}", Integer.toString(horizonYear));
    }
}
