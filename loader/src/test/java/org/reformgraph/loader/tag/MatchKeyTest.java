package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;

class MatchKeyTest {
    @Test
    void variantsShareAKey() {
        assertEquals(MatchKey.normalise("双随机一公开"), MatchKey.normalise("双随机、一公开"));
        assertEquals(MatchKey.normalise("国际贸易单一窗口"), MatchKey.normalise("国际贸易“单一窗口”"));
        assertEquals(MatchKey.normalise("政企连心亲清武昌"), MatchKey.normalise("政企连心·亲清武昌"));
        assertEquals("信易+", MatchKey.normalise("信易＋"));
    }

    @Test
    void aMatchAcrossABrokenLineMapsBackToTheText() {
        String wuhan = "探索整合企业所得税和财产行为税综合申 报。";
        MatchKey key = MatchKey.of(wuhan, 0, wuhan.length());
        int at = key.key().indexOf("综合申报");
        Span span = key.spanOf(at, at + 4);
        assertEquals("综合申 报", span.of(wuhan));
    }
}
