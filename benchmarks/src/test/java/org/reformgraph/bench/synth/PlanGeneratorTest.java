package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;

class PlanGeneratorTest {
    private static final Pattern TAGS = Pattern.compile("<[^>]+>|&nbsp;|&ldquo;|&rdquo;");
    private static PlanGenerator generator;

    @BeforeAll
    static void load() {
        generator = new PlanGenerator(GeneratorConfig.defaults());
    }

    @Test
    void theSameSeedAndIndexGiveTheSameBytes() {
        PlanGenerator another = new PlanGenerator(GeneratorConfig.defaults());
        for (int index = 1; index <= 5; index++) {
            GeneratedPlan first = generator.generate(42, index);
            GeneratedPlan second = another.generate(42, index);
            assertArrayEquals(first.bytes(), second.bytes(), "plan " + index);
            assertEquals(GoldJson.write(first.gold()), GoldJson.write(second.gold()), "gold of plan " + index);
        }
    }

    @Test
    void anotherSeedOrIndexGivesAnotherPlan() {
        String plan = generator.generate(42, 1).text();
        assertFalse(plan.equals(generator.generate(43, 1).text()));
        assertFalse(plan.equals(generator.generate(42, 2).text()));
        assertEquals("synth-42-0001", generator.generate(42, 1).gold().metadata().id());
        assertEquals("synth-m3-0012", PlanGenerator.planId(-3, 12));
    }

    @Test
    void everyMeasureOfTheGoldOpensALineWithItsNumberInTheText() {
        for (int index = 1; index <= 80; index++) {
            GeneratedPlan plan = generator.generate(9, index);
            List<String> markers = new ArrayList<>();
            for (String line : TAGS.matcher(plan.text()).replaceAll("").split("\n")) {
                String stripped = line.strip().replace("\u3000", "");
                var start = plan.gold().numbering().measureStart().matcher(stripped);
                if (start.find()) {
                    markers.add(start.group().replace("\t", ""));
                }
            }
            List<String> expected = plan.gold().measures().stream().map(GoldMeasure::marker).toList();
            String where = plan.gold().metadata().id() + " (" + plan.gold().form() + ", " + plan.gold().numbering() + ", " + plan.gold().noise() + ")";
            assertEquals(expected.size(), markers.size(), "measure count of " + where);
            if (!plan.gold().noise().contains(Noise.TRADITIONAL)) {
                for (int i = 0; i < expected.size(); i++) {
                    assertTrue(expected.get(i).startsWith(markers.get(i)) || markers.get(i).startsWith(expected.get(i)),
                            where + ": measure " + (i + 1) + " is numbered " + markers.get(i) + ", gold says " + expected.get(i));
                }
            }
        }
    }

    @Test
    void goldAgenciesAreWrittenInThePlainPlans() {
        int checked = 0;
        for (int index = 1; index <= 60; index++) {
            GeneratedPlan plan = generator.generate(11, index);
            if (!plan.gold().noise().isEmpty() && !plan.gold().noise().equals(java.util.Set.of(Noise.HALF_WIDTH_PUNCTUATION))) {
                continue;
            }
            for (GoldMeasure measure : plan.gold().measures()) {
                for (GoldAttribution attribution : measure.attributions()) {
                    assertTrue(plan.text().contains(attribution.agency().name()), attribution + " in " + plan.gold().metadata().id());
                    assertTrue(generator.agencies().knows(attribution.agency().kind()));
                    checked++;
                }
                for (String target : measure.targets()) {
                    assertTrue(plan.text().contains(target), target);
                }
                if (measure.deadline() != null) {
                    assertTrue(plan.text().contains(measure.deadline()), measure.deadline());
                }
            }
        }
        assertTrue(checked > 500, "only " + checked + " attributions checked");
    }

    @Test
    void goldRolesFollowTheWordingOfEachForm() {
        for (AttributionForm form : AttributionForm.values()) {
            PlanGenerator only = new PlanGenerator(GeneratorConfig.defaults().withFormShares(Map.of(form, 1.0)));
            GeneratedPlan plan = only.generate(21, 1);
            List<GoldMeasure> measures = plan.gold().measures();
            for (GoldMeasure measure : measures) {
                List<GoldAttribution.Role> roles = measure.attributions().stream().map(GoldAttribution::role).toList();
                switch (form) {
                    case NONE -> assertTrue(roles.isEmpty());
                    case RESPONSIBLE_LIST, RESPONSIBLE_LABEL -> assertTrue(roles.stream().allMatch(r -> r == GoldAttribution.Role.RESPONSIBLE), form + ": " + roles);
                    case LEAD_COOPERATE -> assertTrue(roles.subList(1, roles.size()).stream().allMatch(r -> r == GoldAttribution.Role.COOPERATING), form + ": " + roles);
                    default -> assertEquals(GoldAttribution.Role.LEAD, roles.get(0), form.name());
                }
                boolean inherited = !measure.attributions().isEmpty() && measure.attributions().get(0).inherited();
                assertEquals(form == AttributionForm.SECTION_BLOCK || form == AttributionForm.SECTION_LEAD, inherited, form.name());
            }
            if (form == AttributionForm.RESPONSIBLE_LABEL_CONVENTION) {
                assertTrue(plan.text().contains("排在第一位的为牵头单位"), "the notice states the convention");
            }
            if (form == AttributionForm.SECTION_BLOCK) {
                // every measure of a section shares the section's units
                assertEquals(measures.get(0).attributions(), measures.get(1).attributions());
            }
        }
    }

    @Test
    void plansAreSetOnlyInRealPlacesOfThePool() {
        for (int index = 1; index <= 200; index++) {
            Jurisdiction j = generator.generate(5, index).gold().metadata().jurisdiction();
            for (Jurisdiction level = j; level != null; level = level.within()) {
                assertTrue(generator.places().contains(level.name()), level.name() + " is not in places.txt");
            }
        }
    }

    @Test
    void attributionFormsOccurInTheConfiguredShares() {
        Map<AttributionForm, Double> shares = new EnumMap<>(AttributionForm.class);
        shares.put(AttributionForm.LABELLED_INLINE, 0.5);
        shares.put(AttributionForm.TAB_TABLE, 0.3);
        shares.put(AttributionForm.SECTION_BLOCK, 0.2);
        PlanGenerator configured = new PlanGenerator(GeneratorConfig.defaults().withFormShares(shares));
        Map<AttributionForm, Integer> counts = new EnumMap<>(AttributionForm.class);
        int plans = 300;
        for (int index = 1; index <= plans; index++) {
            counts.merge(configured.generate(77, index).gold().form(), 1, Integer::sum);
        }
        assertEquals(shares.keySet(), counts.keySet(), "forms left out of the configuration never occur");
        shares.forEach((form, share) -> assertEquals(share, counts.get(form) / (double) plans, 0.08, form.name()));
    }

    @Test
    void defaultFormSharesAddUpToOne() {
        double total = 0;
        for (AttributionForm form : AttributionForm.values()) {
            total += form.defaultShare();
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void aShareOfPlansIsWrittenInGb18030AndTraditionalScript() throws CharacterCodingException {
        Map<AttributionForm, Double> labelled = Map.of(AttributionForm.LABELLED_INLINE, 1.0);
        PlanGenerator all = new PlanGenerator(GeneratorConfig.defaults().withFormShares(labelled)
                .withGb18030Share(1.0).withTraditionalShare(1.0));
        GeneratedPlan plan = all.generate(1, 1);
        assertEquals("GB18030", plan.charset().name());
        assertEquals(plan.text(), PlanGenerator.GB18030.newDecoder().decode(ByteBuffer.wrap(plan.bytes())).toString());
        assertFalse(plan.text().equals(new String(plan.bytes(), StandardCharsets.UTF_8)), "GB18030 bytes are not UTF-8");
        assertTrue(plan.text().contains("牽頭"), "traditional script writes 牽頭");
    }
}
