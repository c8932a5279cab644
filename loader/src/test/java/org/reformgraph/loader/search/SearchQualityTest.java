package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged queries (judged-queries.tsv) against an index of the seeds built with each analyzer. The default
 * analyzer must keep the recall measured when it was chosen (docs/BENCHMARKS.md, Search quality), give or take a
 * small margin for a changed segmentation dictionary. With {@code -Dreformgraph.bench.write=true} the figures are
 * written to docs/BENCHMARKS.md.
 */
class SearchQualityTest {
    /** Mean recall of the default analyzer when it was chosen, on these judgements. */
    static final double MEASURED_RECALL = 0.864;
    static final double MARGIN = 0.03;

    private static final List<QualityFigures> FIGURES = new ArrayList<>();

    @BeforeAll
    static void evaluateEveryAnalyzer() {
        JudgedQueries judged = JudgedQueries.load();
        SeedStore.get(); // loaded before any timing
        for (ChineseAnalyzer analyzer : ChineseAnalyzer.values()) {
            warmUp(analyzer);
        }
        for (PlainQuery.Mode mode : PlainQuery.Mode.values()) {
            for (ChineseAnalyzer analyzer : ChineseAnalyzer.values()) {
                try (SearchIndex index = SearchIndex.inMemory(analyzer, mode)) {
                    long start = System.nanoTime();
                    index.sync(SeedStore.get().asDatasetGraph());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    FIGURES.add(QualityFigures.evaluate(analyzer, mode, index.searcher(), judged, millis));
                }
            }
        }
        String section = SearchQualityReport.markdown(FIGURES, judged);
        System.out.println(section);
        if (Boolean.getBoolean("reformgraph.bench.write")) {
            SearchQualityReport.write(section);
        }
    }

    @Test
    void theDefaultAnalyzerKeepsItsRecall() {
        double recall = chosen().recall();
        assertTrue(recall >= MEASURED_RECALL - MARGIN, "recall of " + chosen().name() + " fell to " + recall
                + " from " + MEASURED_RECALL);
    }

    @Test
    void theDefaultAnalyzerFindsAsMuchAsAnyOther() {
        QualityFigures chosen = chosen();
        for (QualityFigures other : FIGURES) {
            if (other.mode() == chosen.mode()) {
                assertTrue(chosen.recall() >= other.recall() - 1e-9, other.name() + " now finds more than " + chosen.name());
            }
        }
    }

    @Test
    void traditionalCharactersFindWhatSimplifiedOnesFind() {
        for (QualityFigures figures : FIGURES) {
            QualityFigures.PerQuery simplified = query(figures, "证照分离");
            QualityFigures.PerQuery traditional = query(figures, "證照分離");
            assertTrue(traditional.relevantFound() == simplified.relevantFound() && simplified.relevantFound() > 0,
                    figures.name() + ": 證照分離 found " + traditional.relevantFound() + ", 证照分离 " + simplified.relevantFound());
        }
    }

    /** Loads the analyzer's models and dictionaries, so that the index build times compare indexing alone. */
    private static void warmUp(ChineseAnalyzer analyzer) {
        try (org.apache.lucene.analysis.Analyzer a = analyzer.create();
             org.apache.lucene.analysis.TokenStream tokens = a.tokenStream(IndexFields.TEXT, "推行二手房“带押过户”，市发改委牵头")) {
            tokens.reset();
            while (tokens.incrementToken()) {
                // only the loading matters
            }
            tokens.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QualityFigures chosen() {
        return FIGURES.stream().filter(QualityFigures::isDefault).findFirst().orElseThrow();
    }

    private static QualityFigures.PerQuery query(QualityFigures figures, String query) {
        return figures.queries().stream().filter(q -> q.query().equals(query)).findFirst().orElseThrow();
    }
}
