package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;

/** Which items are measures when a plan says who is responsible for them, and which are sections or sub-points. */
class MeasureLevelTest {

    private static List<String> measurePaths(Outlined o) {
        return o.outline().measures().stream().map(OutlineNode::path).toList();
    }

    @Test
    void subPointsThatCarryAttributionsAreTheMeasuresAndTheirHeadingIsASection() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                1.提升企业开办便利度
                （1）推行企业开办全程网办，实现一日办结。（牵头单位：区市场监管局；责任单位：区税务局）
                （2）推行电子营业执照跨领域应用。（牵头单位：区市场监管局）
                2.优化纳税服务
                （1）推广非接触式办税缴费服务。（责任单位：区税务局）
                二、保障措施
                （一）加强组织领导。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.1"), measurePaths(o));
        assertEquals(NodeKind.SECTION, o.node("1.1").kind());
        assertEquals("提升企业开办便利度", o.node("1.1").title());
    }

    @Test
    void subPointsUnderAnItemThatCarriesTheAttributionAreFoldedIntoIt() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）优化市场准入
                1.推行企业开办一日办结。全面推行企业开办全程网办，压缩办理时间。
                牵头部门：区市场监管局
                配合单位：区税务局、区人社局
                完成时限：2024年6月底前
                2.深化工程建设项目审批改革。推行分阶段施工许可，实行以下改革：
                （1）推行“拿地即开工”；
                （2）推行联合验收。
                牵头部门：区住建局
                配合单位：区自然资源局
                3.推行证照分离改革。全面实行告知承诺制。
                牵头部门：区行政审批局
                二、保障措施
                （一）加强组织领导。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.1.3"), measurePaths(o));
        OutlineNode second = o.node("1.1.2");
        assertTrue(second.children().isEmpty(), "sub-points are no nodes of their own");
        String body = o.body(second);
        assertTrue(body.contains("（1）推行“拿地即开工”；") && body.contains("（2）推行联合验收。"), body);
        assertTrue(body.endsWith("配合单位：区自然资源局"), body);
        assertTrue(o.body(o.node("1.1.1")).endsWith("完成时限：2024年6月底前"), "labelled lines stay with their item");
        assertTrue(SectionClosing.of(o.node("1.1"), o.text().text()).isEmpty());
    }

    @Test
    void anAttributionGivenOnceInASectionHeadingLeavesTheItemsMeasures() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）优化纳税服务（牵头单位：区税务局）
                1.推广非接触式办税缴费服务。
                2.压缩出口退税办理时间。
                （二）优化获得电力服务（牵头单位：区供电公司）
                1.推行低压小微企业接电“零投资”。
                2.压缩接电时间。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.1", "1.2.2"), measurePaths(o));
        assertEquals(NodeKind.SECTION, o.node("1.1").kind());
    }

    @Test
    void withoutAttributionsLeavesAreMeasures() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                1.提升企业开办便利度
                （1）推行企业开办全程网办。
                （2）推行电子营业执照跨领域应用。
                2.优化纳税服务。推广非接触式办税缴费服务。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2"), measurePaths(o));
    }

    @Test
    void aSectionClosedByLabelledLinesKeepsThemOutOfItsLastMeasure() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）市场准入
                1.破除市场准入壁垒。全面落实市场准入负面清单。
                2.提升企业开办效率。企业开办一次申报、0.5天办结。
                牵头单位：市市场监管局
                责任单位：市发改委、市商务局
                （二）纳税服务
                3.推广电子税务局。实现主要涉税事项网上办理。
                4.压缩办税时间。纳税人年度纳税时间压减至100小时以内。
                〔牵头单位：市税务局；责任单位：市财政局〕
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.3", "1.2.4"), measurePaths(o));
        assertFalse(o.body(o.node("1.1.2")).contains("牵头单位"));
        String closing = SectionClosing.of(o.node("1.1"), o.text().text()).orElseThrow().of(o.text().text());
        assertEquals("牵头单位：市市场监管局\n责任单位：市发改委、市商务局", closing);
        assertEquals("〔牵头单位：市税务局；责任单位：市财政局〕",
                SectionClosing.of(o.node("1.2"), o.text().text()).orElseThrow().of(o.text().text()));
    }

    @Test
    void labelledLinesAfterTheLastItemAreItsOwnWhenItsSiblingsHaveAttributionsInline() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）市场准入
                1.破除市场准入壁垒。（牵头单位：市发改委）
                2.提升企业开办效率。（牵头单位：市市场监管局）
                3.推行证照分离改革。
                牵头单位：市行政审批局
                """);
        assertTrue(o.body(o.node("1.1.3")).endsWith("牵头单位：市行政审批局"));
        assertTrue(SectionClosing.of(o.node("1.1"), o.text().text()).isEmpty());
    }

    @Test
    void inlineResponsibilityGroupsMarkTheMeasureLevel() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）提升政务服务效能。推行“一网通办”，实现高频事项全程网办（区行政审批局、区大数据中心负责）。
                1.推行“一件事一次办”。
                2.推行“免证办”。
                （二）优化法治环境。推行包容审慎监管（区司法局牵头，区市场监管局配合）。
                """);
        // （一） says more than a heading and carries an attribution: it is the measure, 1. and 2. its sub-points
        assertEquals(List.of("1.1", "1.2"), measurePaths(o));
        assertTrue(o.body(o.node("1.1")).endsWith("2.推行“免证办”。"));
    }

    @Test
    void eachBranchDecidesForItself() {
        Outlined o = OutlineFixtures.snippet("""
                一、提升政务服务水平
                1.推行“高效办成一件事”。
                （1）推行企业开办“一件事”。（责任单位：县市场监管局）
                （2）推行企业注销“一件事”。（责任单位：县市场监管局、县税务局）
                2.深化工程建设项目审批制度改革，推行“拿地即开工”，压缩审批时间。（牵头单位：县住建局；配合单位：县自然资源局）
                （1）推行分阶段施工许可；
                （2）推行联合验收。
                二、优化法治环境
                3.推行包容审慎监管。
                （1）推行首违不罚清单；
                （2）推行柔性执法。
                4.规范涉企执法检查。（责任单位：县司法局）
                """);
        // 1.'s sub-points carry attributions: they are the measures; 2. carries its own: its sub-points fold into it;
        // 3. carries none but is numbered at the part's measure level, like its sibling 4.: its sub-points fold too
        assertEquals(List.of("1.1.1", "1.1.2", "1.2", "2.3", "2.4"), measurePaths(o));
        assertEquals(NodeKind.SECTION, o.node("1.1").kind());
        assertTrue(o.body(o.node("1.2")).endsWith("（2）推行联合验收。"));
        assertTrue(o.body(o.node("2.3")).endsWith("（2）推行柔性执法。"));
    }

    @Test
    void attributionFormsAreRecognised() {
        assertTrue(AttributionMarks.in("推行告知承诺制。（牵头单位：区市场监管局；责任单位：区税务局）"));
        assertTrue(AttributionMarks.in("推行告知承诺制。(牵头单位:区市场监管局;责任单位:区税务局)"));
        assertTrue(AttributionMarks.in("推行告知承诺制。〔责任单位：区住建局〕"));
        assertTrue(AttributionMarks.in("推行告知承诺制（区发改局、区财政局负责）。"));
        assertTrue(AttributionMarks.in("推行告知承诺制（区司法局牵头，区市场监管局配合）。"));
        assertTrue(AttributionMarks.in("推行告知承诺制。\n牵头部门：区司法局"));
        assertFalse(AttributionMarks.in("依据《优化营商环境条例》（国务院令第722号），推行告知承诺制。"));
        assertFalse(AttributionMarks.in("鼓励行业协会（商会）发挥作用，落实主体责任。"));
        assertFalse(AttributionMarks.in("武政办〔2025〕35号"));
    }
}
