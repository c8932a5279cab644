package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;

/** A plan understood only in part yields what was understood and says, with line numbers, what was not. */
class PartialReadingTest {

    private static boolean warns(Outlined o, int line, String words) {
        return o.outline().warnings().stream().anyMatch(w -> w.line() == line && w.message().contains(words));
    }

    @Test
    void aPlanWithoutNumberingYieldsNoMeasuresAndSaysSo() {
        Outlined o = OutlineFixtures.snippet("""
                关于进一步优化营商环境的通知
                各区人民政府，市政府各部门：
                为进一步优化营商环境，现就有关事项通知如下。
                全面推行企业开办全程网办，实现一日办结。
                推广电子税务局，压缩纳税时间。
                """);
        assertTrue(o.outline().measures().isEmpty());
        List<Warning> warnings = o.outline().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(0, warnings.get(0).line());
        assertTrue(warnings.get(0).message().startsWith("no numbered items found"));
    }

    @Test
    void headingsWithoutMeasuresAreReportedToo() {
        Outlined o = OutlineFixtures.snippet("""
                一、总体要求
                坚持以企业需求为导向。
                二、保障措施
                加强组织领导。
                """);
        assertTrue(o.outline().measures().isEmpty());
        assertTrue(warns(o, 0, "none holds a measure"), o.outline().warnings().toString());
    }

    @Test
    void aPartWithoutNumberedItemsIsOneMeasureWithAWarning() {
        Outlined o = OutlineFixtures.snippet("""
                一、总体要求
                坚持以企业需求为导向。
                二、重点任务
                全面推行企业开办全程网办，实现一日办结。
                推广电子税务局，压缩纳税时间。
                三、市场环境
                （一）破除市场准入壁垒。全面落实负面清单。
                （二）推行证照分离。全面实行告知承诺制。
                """);
        assertEquals(List.of("2", "3.1", "3.2"), o.outline().measures().stream().map(OutlineNode::path).toList());
        assertTrue(warns(o, 4, "part 二、 has no numbered items: its 2 paragraphs are read as one measure"),
                o.outline().warnings().toString());
    }

    @Test
    void paragraphsThatLostTheirNumbersButCloseWithAttributionsAreUnnumberedMeasures() {
        Outlined o = OutlineFixtures.snippet("""
                一、优化政务服务
                1.推行企业开办“一窗受理”。（责任单位：市市场监管局）
                2.推进投资项目在线审批。（责任单位：市发改委）
                二、降低企业经营成本
                落实减税降费政策，全面清理涉企收费。（责任单位：市财政局、市税务局）
                降低企业用地成本，工业用地按最低价标准出让。（责任单位：市自然资源局）
                支持企业通过资本市场融资，对上市企业给予一次性奖励，各县区也要出台配套措施
                （责任单位：市金融办、市财政局）
                三、营造法治环境
                3.全面推行“双随机、一公开”监管。（责任单位：市市场监管局）
                """);
        assertEquals(List.of("1.1", "1.2", "2.p1", "2.p2", "2.p3", "3.3"),
                o.outline().measures().stream().map(OutlineNode::path).toList());
        OutlineNode third = o.node("2.p3");
        assertEquals("", third.number());
        assertTrue(o.body(third).endsWith("（责任单位：市金融办、市财政局）"), o.body(third));
        assertEquals("降低企业用地成本，工业用地按最低价标准出让", o.node("2.p2").title());
        assertTrue(warns(o, 5, "part 二、 has no numbered items: its 3 paragraphs, each closing with an attribution,"
                + " are read as unnumbered measures"), o.outline().warnings().toString());
    }

    @Test
    void aPartThatPointsToTheAppendixHoldsNoMeasure() {
        Outlined o = OutlineFixtures.snippet("""
                一、工作目标
                到2023年底，企业开办时间压缩至半日。
                二、重点任务
                具体任务见附件《重点任务清单》。
                三、工作要求
                各单位要细化工作举措。
                附件
                序号 重点任务 牵头单位
                1 推行企业开办“一网通办”。 区市场监管局
                2 推行“一件事一次办”。 区行政审批局
                """);
        assertEquals(List.of("t1", "t2"), o.outline().measures().stream().map(OutlineNode::path).toList());
        assertEquals(NodeKind.PART, o.node("2").kind());
    }

    @Test
    void garbledLinesAreReportedWithTheirLineAndTheRestIsRead() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）推行企业开办全程网办。
                æŽ¨è¿›ä¼ä¸šå¼€åŠž
                （二）推广电子税务局锟斤拷锟斤拷。
                （三）推行证照分离改革。
                """);
        assertEquals(3, o.outline().measures().size());
        assertTrue(warns(o, 3, "garbled"), o.outline().warnings().toString());
        assertTrue(warns(o, 4, "garbled"), o.outline().warnings().toString());
        assertFalse(warns(o, 5, "garbled"));
    }

    @Test
    void ordinaryPlanTextIsNotGarbled() {
        assertFalse(PartialReading.isGarbled("（一）推行“一网通办”，实现0.5天办结、100%网办，担保费率降至1%及以下。"));
        assertFalse(PartialReading.isGarbled("推广AEO认证，开展“双随机、一公开”监管①②③，温度≤25℃。"));
        assertTrue(PartialReading.isGarbled("ÍÆ½ø¹¤³Ì½¨ÉèÏîÄ¿ÉóÅú"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "1.",
            "一、\n（一）\n1.\n(1)\n①",
            "序号\n1\n2\n3",
            "序号 工作任务 责任单位\n1\n",
            "（（（（\n））））\n〔〕【】",
            "★\n●\n■ 推行\n第一章\n第一条",
            "1 推进\n2 推进\n3 推进\n4",
            "一、总体要求\n二、保障措施\n三、",
            "1.推进改革。（牵头单位：）\n牵头单位：\n（负责）",
            "\u00c3\u00a4\u00c2\u00b8\u00c2\u00ad\ufffd\ue000"})
    void oddTextNeverCrashesTheOutline(String plan) {
        Outlined o = OutlineFixtures.snippet(plan + "\n");
        for (OutlineNode node : o.all()) {
            assertTrue(node.span().start() <= node.span().end());
            assertTrue(node.span().end() <= o.text().text().length());
        }
        assertTrue(!o.outline().measures().isEmpty() || !o.outline().warnings().isEmpty(),
                "an empty outline always says why");
    }

    @ParameterizedTest
    @MethodSource("org.reformgraph.loader.read.Seeds#names")
    void theSeedsAreReadInFull(String seed) {
        Outlined o = OutlineFixtures.seed(seed);
        for (Warning w : o.outline().warnings()) {
            assertFalse(w.message().contains("garbled") || w.message().contains("no numbered items")
                    || w.message().contains("has no numbered items") || w.message().contains("flattened"), seed + ": " + w);
        }
    }
}
