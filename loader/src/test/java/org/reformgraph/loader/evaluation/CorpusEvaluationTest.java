package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole pipeline on plans it was never tuned on: every corpus plan is loaded and scored against its gold, and
 * each written form must reach the thresholds on its own. A failing form names itself and shows what was missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusEvaluationTest {
    static final double MEASURE_RECALL = 0.9;
    static final double ATTRIBUTION_F1 = 0.8;

    List<PlanScore> scores;

    /**
     * Runs the evaluation once; with {@code -Dreformgraph.extraction=FILE} it also writes the Markdown figures there
     * (relative paths resolve against the loader module), before any threshold can fail.
     */
    @BeforeAll
    void evaluate() throws IOException {
        scores = new CorpusEvaluation(CorpusEvaluation.corpusFolder()).run();
        String out = System.getProperty("reformgraph.extraction");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), new MarkdownReport().render(scores));
        }
    }

    @Test
    void noPlanCrashesTheLoaderOrLeavesAnEmptyGraph() {
        List<String> problems = new ArrayList<>();
        for (PlanScore score : scores) {
            if (score.failure() != null) {
                problems.add(score.file() + " crashed the loader: " + score.failure());
            } else if (score.tally().emptyGraphs() > 0) {
                problems.add(score.file() + " gave a graph without measures, though the gold has "
                        + score.tally().goldMeasures());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void whatCouldNotBeUnderstoodIsReportedWithItsLines() {
        List<String> problems = new ArrayList<>();
        for (PlanScore score : scores) {
            Tally t = score.tally();
            if (t.reportedRegions() < t.expectedRegions()) {
                problems.add(score.file() + ": " + score.misses().stream().filter(m -> m.startsWith("lines ")).toList());
            }
        }
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> everyFormReachesTheThresholds() {
        Map<String, Tally> byForm = CorpusEvaluation.byForm(scores);
        return byForm.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String form = entry.getKey();
            Tally t = entry.getValue();
            String misses = missesOf(form);
            assertTrue(t.measureRecall() >= MEASURE_RECALL, "form " + form + " (" + Forms.all().get(form)
                    + "): measure recall " + MarkdownReport.f(t.measureRecall()) + " < " + MEASURE_RECALL + "\n" + misses);
            assertTrue(t.attributionF1() >= ATTRIBUTION_F1, "form " + form + " (" + Forms.all().get(form)
                    + "): attribution F1 " + MarkdownReport.f(t.attributionF1()) + " < " + ATTRIBUTION_F1 + "\n" + misses);
        }));
    }

    private String missesOf(String form) {
        StringBuilder out = new StringBuilder();
        for (PlanScore score : scores) {
            if (score.forms().contains(form)) {
                if (score.failure() != null) {
                    out.append("  ").append(score.file()).append(": ").append(score.failure()).append('\n');
                }
                score.misses().stream().limit(15)
                        .forEach(m -> out.append("  ").append(score.file()).append(": ").append(m).append('\n'));
            }
        }
        return out.toString();
    }
}
