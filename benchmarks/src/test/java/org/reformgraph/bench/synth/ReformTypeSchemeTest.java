package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReformTypeSchemeTest {
    private final ReformTypeScheme scheme = ReformTypeScheme.load(1.1);

    @Test
    void readsEveryTypeOfTheSchemeInFileOrder() {
        assertTrue(scheme.types().size() >= 50, "the scheme has " + scheme.types().size() + " types");
        assertEquals("带押过户", scheme.types().get(0).label());
        assertEquals("一网通办", scheme.types().get(1).label());
    }

    @Test
    void findsTypesByAnyLabelIgnoringQuotesAndEnumerationCommas() {
        List<ReformType> found = scheme.namedIn("推行“双随机、一公开”监管，推广卸船直提，深化“一网通办”。");
        assertEquals(List.of("双随机、一公开", "船边直提", "一网通办"), found.stream().map(ReformType::label).toList());
    }

    @Test
    void drawsAreSkewedTopFarAboveMedian() {
        Random random = new Random(3);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(scheme.sample(random).label(), 1, Integer::sum);
        }
        int[] sorted = scheme.types().stream().mapToInt(t -> counts.getOrDefault(t.label(), 0)).sorted().toArray();
        int top = sorted[sorted.length - 1];
        int median = sorted[sorted.length / 2];
        assertTrue(top > 15 * Math.max(1, median), "top " + top + " vs median " + median + ": " + Arrays.toString(sorted));
    }

    @Test
    void aComposedMeasureNamesEveryTypeItDrew() {
        PlanGenerator generator = new PlanGenerator(GeneratorConfig.defaults());
        MeasureComposer composer = new MeasureComposer(generator.reformTypes(), TargetPhrases.load());
        AgencyDirectory agencies = AgencyDirectory.load();
        List<Topic> topics = Topic.load(agencies);
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            Topic topic = topics.get(i % topics.size());
            PlanAgencies plan = new PlanAgencies(agencies, generator.places().pick(org.reformgraph.loader.Level.CITY, random), random, 0.1);
            ComposedMeasure measure = composer.compose(random, topic, topic.headings().get(0) + "。", plan, 2024);
            List<ReformType> named = generator.reformTypes().namedIn(measure.heading() + measure.body());
            assertTrue(named.containsAll(measure.intended()), measure.intended() + " not all named in " + measure.body());
            measure.targets().forEach(target -> assertTrue(measure.body().contains(target)));
        }
    }
}
