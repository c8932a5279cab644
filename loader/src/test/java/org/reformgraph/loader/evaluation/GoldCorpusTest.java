package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.attribute.Role;

/**
 * Checks the gold against the texts it describes, so that a typo in a gold file fails here rather than showing up as
 * a mysterious miss in the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldCorpusTest {
    Path folder;
    List<GoldPlan> corpus;

    @BeforeAll
    void read() {
        folder = CorpusEvaluation.corpusFolder();
        corpus = new CorpusEvaluation(folder).gold();
    }

    @Test
    void planIdsAreValidIds() {
        for (GoldPlan plan : corpus) {
            assertTrue(plan.planId().matches("[a-z0-9-]+"), plan.planId());
        }
    }

    @Test
    void everyTextHasAGoldFileAndEveryGoldFileItsText() throws IOException {
        Set<String> texts = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(texts::add);
        }
        Set<String> described = new HashSet<>();
        for (GoldPlan plan : corpus) {
            described.add(plan.file());
        }
        assertEquals(texts, described);
        assertTrue(corpus.size() >= 14 && corpus.size() <= 20, "corpus size " + corpus.size());
    }

    @Test
    void everyTextIsAShortPlanInItsDeclaredEncoding() throws IOException {
        for (GoldPlan plan : corpus) {
            String text = CorpusEvaluation.original(folder.resolve(plan.file()), plan);
            long lines = text.lines().count();
            assertTrue(lines >= 30 && lines <= 120, plan.file() + " has " + lines + " lines");
            assertFalse(text.contains("\uFFFD") && plan.forms().stream().noneMatch(f -> f.equals("partial-garbled")),
                    plan.file() + " does not decode cleanly as " + plan.encoding());
        }
    }

    @Test
    void theGb18030FileIsNotUtf8() throws IOException {
        GoldPlan plan = corpus.stream().filter(p -> p.forms().contains("encoding-gb18030")).findFirst().orElseThrow();
        assertEquals("GB18030", plan.encoding().name());
        byte[] bytes = Files.readAllBytes(folder.resolve(plan.file()));
        assertThrows(CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)));
    }

    @Test
    void everyMeasureStartsWhereTheGoldSaysWithItsNumberAndTitle() throws IOException {
        for (GoldPlan plan : corpus) {
            List<String> lines = lines(plan);
            for (MeasureFacts m : plan.measures()) {
                String line = visible(lines.get(m.line() - 1));
                String where = plan.file() + ":" + m.line();
                if (m.number() != null) {
                    assertTrue(line.startsWith(m.number()), where + " should start with " + m.number() + ": " + line);
                }
                if (m.title() != null) {
                    assertTrue(line.contains(m.title()), where + " should contain title " + m.title());
                }
            }
        }
    }

    @Test
    void everyAgencyIsWrittenInItsMeasureOrInItsSection() throws IOException {
        for (GoldPlan plan : corpus) {
            List<String> lines = lines(plan);
            String whole = String.join("\n", lines);
            for (int i = 0; i < plan.measures().size(); i++) {
                MeasureFacts m = plan.measures().get(i);
                int end = i + 1 < plan.measures().size() ? plan.measures().get(i + 1).line() - 1 : lines.size();
                String region = String.join("\n", lines.subList(m.line() - 1, end));
                for (AttributionFact a : m.attributions()) {
                    String scope = a.inherited() ? whole.substring(0, whole.indexOf(region)) : region;
                    assertTrue(scope.contains(a.agency()), plan.file() + ":" + m.line() + " does not name " + a.agency());
                }
                for (String mention : m.mentions()) {
                    assertTrue(region.contains(mention), plan.file() + ":" + m.line() + " does not name " + mention);
                    assertTrue(m.attributions().stream().noneMatch(a -> a.agency().equals(mention)),
                            plan.file() + ":" + m.line() + ": " + mention + " is attributed, so not a mention");
                }
            }
        }
    }

    @Test
    void everyMeasureHasOneLeadAtMost() {
        for (GoldPlan plan : corpus) {
            for (MeasureFacts m : plan.measures()) {
                long leads = m.attributions().stream().filter(a -> a.role() == Role.LEAD).count();
                assertTrue(leads <= 1, plan.file() + ":" + m.line() + " has " + leads + " leads");
                List<String> names = new ArrayList<>();
                m.attributions().forEach(a -> names.add(a.agency()));
                assertEquals(names.size(), new HashSet<>(names).size(), plan.file() + ":" + m.line() + " repeats a unit");
            }
        }
    }

    @Test
    void everyFormAndLevelOfTheIssueIsCovered() {
        Set<String> used = new HashSet<>();
        Set<Level> levels = new HashSet<>();
        for (GoldPlan plan : corpus) {
            used.addAll(plan.forms());
            levels.add(plan.level());
            assertTrue(plan.forms().stream().filter(f -> f.startsWith("level-")).count() == 1,
                    plan.file() + " names exactly one level form");
        }
        assertEquals(Forms.all().keySet(), used, "every known form is exercised by some plan");
        assertEquals(Set.of(Level.PROVINCE, Level.CITY, Level.DISTRICT), levels);
    }

    @Test
    void regionsLieInsideTheirText() throws IOException {
        for (GoldPlan plan : corpus) {
            int lines = lines(plan).size();
            for (LineRange r : plan.expectWarnings()) {
                assertTrue(r.to() <= lines, plan.file() + " region " + r);
            }
            for (LineRange r : plan.ignore()) {
                assertTrue(r.to() <= lines, plan.file() + " region " + r);
                assertTrue(plan.measures().stream().noneMatch(m -> r.contains(m.line())),
                        plan.file() + ": a gold measure inside an ignored region would be unfindable");
            }
        }
    }

    @Test
    void corpusSizeIsWhatDocsCorpusMdReports() {
        int measures = corpus.stream().mapToInt(p -> p.measures().size()).sum();
        int attributions = corpus.stream().mapToInt(GoldPlan::attributionCount).sum();
        assertEquals(17, corpus.size());
        assertEquals(152, measures);
        assertEquals(378, attributions);
        assertEquals(11, corpus.stream().flatMap(p -> p.measures().stream()).mapToInt(m -> m.mentions().size()).sum());
    }

    private List<String> lines(GoldPlan plan) {
        return List.of(CorpusEvaluation.original(folder.resolve(plan.file()), plan).split("\n", -1));
    }

    /** A line as a reader sees it: HTML tags, entities and leading blanks gone. */
    private static String visible(String line) {
        return line.replaceAll("<[^>]*>|&nbsp;", "").replaceFirst("^[\\s\\u3000·]+", "");
    }
}
