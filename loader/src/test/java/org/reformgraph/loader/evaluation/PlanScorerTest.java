package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.loader.attribute.Basis.EXPLICIT;
import static org.reformgraph.loader.attribute.Basis.FIRST_LISTED;
import static org.reformgraph.loader.attribute.Role.COOPERATING;
import static org.reformgraph.loader.attribute.Role.LEAD;
import static org.reformgraph.loader.attribute.Role.RESPONSIBLE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

class PlanScorerTest {
    private final PlanScorer scorer = new PlanScorer();

    static AttributionFact a(String agency, Role role, Basis basis) {
        return new AttributionFact(agency, role, basis, false);
    }

    static MeasureFacts m(int line, String number, List<AttributionFact> attributions, String... mentions) {
        return new MeasureFacts(line, number, null, attributions, List.of(mentions));
    }

    static GoldPlan plan(List<MeasureFacts> measures, List<LineRange> expectWarnings, List<LineRange> ignore) {
        return new GoldPlan("test.txt", 2023, "武侯区", Level.DISTRICT, List.of("成都市", "四川省"),
                StandardCharsets.UTF_8, List.of("attr-responsible-list"), expectWarnings, ignore, measures);
    }

    /** Three measures, seven attributions, one mention. */
    static GoldPlan gold() {
        return plan(List.of(
                m(10, "1.", List.of(a("区发改局", LEAD, EXPLICIT), a("区财政局", RESPONSIBLE, EXPLICIT),
                        a("各街道", RESPONSIBLE, EXPLICIT)), "区法院"),
                m(12, "2.", List.of(a("区市场监管局", LEAD, FIRST_LISTED), a("区税务局", RESPONSIBLE, EXPLICIT))),
                m(14, "3.", List.of(a("区住建局", LEAD, EXPLICIT), a("区行政审批局", COOPERATING, EXPLICIT)))),
                List.of(), List.of());
    }

    @Test
    void aPerfectExtractionScoresOne() {
        Tally t = scorer.score(gold(), new Extraction(gold().measures(), List.of(), null)).tally();
        assertEquals(1.0, t.measurePrecision());
        assertEquals(1.0, t.measureRecall());
        assertEquals(1.0, t.attributionF1());
        assertEquals(1.0, t.basisAccuracy());
        assertEquals(1.0, t.mentionRecall());
    }

    @Test
    void precisionAndRecallCountMatchedMeasuresAndAttributions() {
        List<MeasureFacts> extracted = List.of(
                // measure 1: lead right, 区财政局 given the wrong role, 各街道 missed, one invented unit
                m(10, "1.", List.of(a("区发改局", LEAD, EXPLICIT), a("区财政局", COOPERATING, EXPLICIT),
                        a("区直相关单位", RESPONSIBLE, EXPLICIT))),
                // an invented measure with one attribution
                m(11, "1.", List.of(a("区发改局", LEAD, FIRST_LISTED))),
                // measure 2 right but its lead taken as explicit
                m(12, "2.", List.of(a("区市场监管局", LEAD, EXPLICIT), a("区税务局", RESPONSIBLE, EXPLICIT))));
        PlanScore score = scorer.score(gold(), new Extraction(extracted, List.of(), null));
        Tally t = score.tally();
        assertEquals(3, t.goldMeasures());
        assertEquals(3, t.extractedMeasures());
        assertEquals(2, t.matchedMeasures(), "measures 1 and 2; measure 3 missed, one invented");
        assertEquals(2.0 / 3, t.measurePrecision(), 1e-9);
        assertEquals(2.0 / 3, t.measureRecall(), 1e-9);
        assertEquals(7, t.goldAttributions());
        assertEquals(6, t.extractedAttributions());
        assertEquals(3, t.matchedAttributions(), "区发改局 lead, 区市场监管局 lead, 区税务局");
        assertEquals(0.5, t.attributionPrecision(), 1e-9);
        assertEquals(3.0 / 7, t.attributionRecall(), 1e-9);
        assertEquals(2 * 0.5 * (3.0 / 7) / (0.5 + 3.0 / 7), t.attributionF1(), 1e-9);
        assertEquals(2, t.basisCorrect(), "the first-listed lead of measure 2 was called explicit");
        assertEquals(0, t.matchedMentions());
        assertTrue(score.misses().contains("line 14 3.: measure not found"), score.misses().toString());
        assertTrue(score.misses().stream().anyMatch(s -> s.contains("basis [FIRST_LISTED] expected")), score.misses().toString());
    }

    @Test
    void surfacesAreComparedAfterNormalisation() {
        GoldPlan gold = plan(List.of(m(3, "（一）", List.of(a("市市場(chǎng)監(jiān)管局", LEAD, EXPLICIT),
                a("各区县（自治县）人民政府", RESPONSIBLE, EXPLICIT)), "市中級人民法院")), List.of(), List.of());
        List<MeasureFacts> extracted = List.of(m(3, "(一)", List.of(a("市市场监管局", LEAD, EXPLICIT),
                a("各区县(自治县)人民政府", RESPONSIBLE, EXPLICIT)), "市中级人民法院"));
        Tally t = scorer.score(gold, new Extraction(extracted, List.of(), null)).tally();
        assertEquals(2, t.matchedAttributions());
        assertEquals(1, t.matchedMentions());
    }

    @Test
    void theSameAgencyTwiceMustBeFoundTwice() {
        GoldPlan gold = plan(List.of(m(3, "1.", List.of(a("市税务局", RESPONSIBLE, EXPLICIT),
                a("市税务局", RESPONSIBLE, EXPLICIT)))), List.of(), List.of());
        Tally once = scorer.score(gold, new Extraction(List.of(m(3, "1.", List.of(a("市税务局", RESPONSIBLE, EXPLICIT)))),
                List.of(), null)).tally();
        assertEquals(1, once.matchedAttributions());
        assertEquals(1.0, once.attributionPrecision());
        assertEquals(0.5, once.attributionRecall());
    }

    @Test
    void whatTheLoaderFindsInAnIgnoredRegionIsNotCounted() {
        GoldPlan gold = plan(List.of(m(5, "1.", List.of(a("区司法局", LEAD, EXPLICIT)))), List.of(),
                List.of(new LineRange(20, 25, "garbled")));
        List<MeasureFacts> extracted = List.of(m(5, "1.", List.of(a("区司法局", LEAD, EXPLICIT))),
                m(22, "7.", List.of(a("鍖虹◣鍔″眬", RESPONSIBLE, EXPLICIT))));
        Tally t = scorer.score(gold, new Extraction(extracted, List.of(), null)).tally();
        assertEquals(1, t.extractedMeasures());
        assertEquals(1.0, t.measurePrecision());
        assertEquals(1.0, t.attributionPrecision());
    }

    @Test
    void aRegionIsAccountedForByAWarningOnItsLinesOrByUnderstandingIt() {
        LineRange region = new LineRange(12, 14, "no numbering");
        GoldPlan gold = plan(List.of(m(10, "1.", List.of()), m(12, null, List.of()), m(14, null, List.of())),
                List.of(region), List.of());
        List<MeasureFacts> onlyNumbered = List.of(m(10, "1.", List.of()));
        assertEquals(0, scorer.score(gold, new Extraction(onlyNumbered, List.of(), null)).tally().reportedRegions());
        assertEquals(0, scorer.score(gold, new Extraction(onlyNumbered, List.of(new Warning("outline", 30, "?")), null))
                .tally().reportedRegions(), "a warning elsewhere does not count");
        assertEquals(1, scorer.score(gold, new Extraction(onlyNumbered, List.of(new Warning("outline", 13, "?")), null))
                .tally().reportedRegions());
        assertEquals(1, scorer.score(gold, new Extraction(gold.measures(), List.of(), null)).tally().reportedRegions());
    }

    @Test
    void aFailedOrEmptyLoadIsCountedAsSuch() {
        Tally failed = scorer.score(gold(), Extraction.failed(new IllegalStateException("boom"))).tally();
        assertEquals(1, failed.failures());
        assertEquals(0, failed.emptyGraphs());
        assertEquals(0.0, failed.measureRecall());
        Tally empty = scorer.score(gold(), new Extraction(List.of(), List.of(), null)).tally();
        assertEquals(0, empty.failures());
        assertEquals(1, empty.emptyGraphs());
    }

    @Test
    void talliesSumAcrossPlansAndRatiosHandleEmptyCounts() {
        Tally a = scorer.score(gold(), new Extraction(gold().measures(), List.of(new Warning("attribute", 3, "x")), null)).tally();
        Tally b = scorer.score(gold(), new Extraction(List.of(), List.of(), null)).tally();
        Tally sum = a.plus(b);
        assertEquals(2, sum.plans());
        assertEquals(6, sum.goldMeasures());
        assertEquals(3, sum.matchedMeasures());
        assertEquals(0.5, sum.measureRecall());
        assertEquals(1.0, sum.measurePrecision());
        assertEquals(1, sum.warnings());
        assertEquals(1.0, Tally.ratio(0, 0));
        assertEquals(0.0, Tally.ratio(0, 4));
    }
}
