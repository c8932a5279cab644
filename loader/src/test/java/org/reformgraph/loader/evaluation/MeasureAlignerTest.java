package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.evaluation.MeasureAligner.Pair;

class MeasureAlignerTest {
    private final MeasureAligner aligner = new MeasureAligner();

    static MeasureFacts m(String number, String title) {
        return new MeasureFacts(0, number, title, List.of(), List.of());
    }

    @Test
    void pairsInOrderByNumberWhateverItsWidth() {
        List<MeasureFacts> gold = List.of(m("（一）", null), m("（二）", null), m("（三）", null));
        List<MeasureFacts> extracted = List.of(m("(一)", null), m("(二)", null), m("(三)", null));
        assertEquals(List.of(new Pair(0, 0), new Pair(1, 1), new Pair(2, 2)), aligner.align(gold, extracted));
    }

    @Test
    void repeatedNumbersArePairedInDocumentOrder() {
        // (1)(2) under 1., then (1)(2)(3) under 2.: the loader missed the second (2).
        List<MeasureFacts> gold = List.of(m("(1)", null), m("(2)", null), m("(1)", null), m("(2)", null), m("(3)", null));
        List<MeasureFacts> extracted = List.of(m("（1）", null), m("（2）", null), m("（1）", null), m("（3）", null));
        assertEquals(List.of(new Pair(0, 0), new Pair(1, 1), new Pair(2, 2), new Pair(4, 3)),
                aligner.align(gold, extracted));
    }

    @Test
    void anInventedMeasureIsLeftUnpaired() {
        List<MeasureFacts> gold = List.of(m("1.", "优化企业开办"), m("2.", "压缩审批时间"));
        List<MeasureFacts> extracted = List.of(m("1.", "优化企业开办"), m("1.", "总体要求"), m("2.", "压缩审批时间"));
        assertEquals(List.of(new Pair(0, 0), new Pair(1, 2)), aligner.align(gold, extracted));
    }

    @Test
    void agreeingTitlesDecideBetweenEqualNumbers() {
        List<MeasureFacts> gold = List.of(m("1.", "降低物流成本"));
        List<MeasureFacts> extracted = List.of(m("1.", "清理规范涉企收费"), m("1.", "降低物流成本"));
        assertEquals(List.of(new Pair(0, 1)), aligner.align(gold, extracted));
    }

    @Test
    void titlesPairMeasuresWhoseNumbersWereLost() {
        List<MeasureFacts> gold = List.of(m("3.", "推行“标准地”出让"));
        List<MeasureFacts> extracted = List.of(m(null, "推行“标准地”出让"));
        assertEquals(List.of(new Pair(0, 0)), aligner.align(gold, extracted));
    }

    @Test
    void unnumberedMeasuresPairInOrder() {
        List<MeasureFacts> gold = List.of(m("1.", null), m(null, null), m(null, null), m("2.", null));
        List<MeasureFacts> extracted = List.of(m("1.", null), m("", null), m("2.", null));
        assertEquals(List.of(new Pair(0, 0), new Pair(1, 1), new Pair(3, 2)), aligner.align(gold, extracted));
    }

    @Test
    void nothingPairsWithNothing() {
        assertEquals(List.of(), aligner.align(List.of(m("1.", null)), List.of()));
        assertEquals(List.of(), aligner.align(List.of(), List.of(m("1.", null))));
        assertEquals(List.of(), aligner.align(List.of(m("1.", "甲")), List.of(m("2.", "乙"))));
    }
}
