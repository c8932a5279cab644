package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;

/** Numbering styles and structures beyond the seeds. */
class OutlinerTest {

    private static List<String> measurePaths(Outlined o) {
        return o.outline().measures().stream().map(OutlineNode::path).toList();
    }

    @Test
    void chineseCommaArabicCommaAndArabicBrackets() {
        Outlined o = OutlineFixtures.snippet("""
                某市优化营商环境若干措施
                一、提升政务服务效能
                （一）深化“一网通办”。
                1、推行企业开办一日办结。由市场监管局负责。
                2、推行工程建设项目审批“一窗受理”。
                （二）优化纳税服务。
                (1)推广电子税务局。
                （2）压缩出口退税时间。
                二、保障措施
                （一）加强组织领导。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.1", "1.2.2"), measurePaths(o));
        assertEquals("1、", o.node("1.1.1").number());
        assertEquals("推行企业开办一日办结", o.node("1.1.1").title());
        assertEquals("（2）", o.node("1.2.2").number());
        assertEquals("(1)", o.node("1.2.1").number());
        assertEquals(NodeKind.SECTION, o.node("1.1").kind());
        assertEquals(NodeKind.SECTION, o.node("2.1").kind());
    }

    @Test
    void circledNumbersAndASkippedLevel() {
        Outlined o = OutlineFixtures.snippet("""
                一、市场准入
                ①全面实施负面清单。
                ②推行证照分离。
                二、要素保障
                （一）用地保障
                1．推行标准地出让。
                2．推行弹性年期供地。
                """);
        // ① sits directly under 一、 (a level skipped); full-width ． counts as a dot
        assertEquals(List.of("1.1", "1.2", "2.1.1", "2.1.2"), measurePaths(o));
        assertEquals("①", o.node("1.1").number());
        assertEquals("1．", o.node("2.1.1").number());
        assertEquals("用地保障", o.node("2.1").title());
    }

    @Test
    void aSkippedLevelInOnePartDoesNotCaptureTheNextStyle() {
        Outlined o = OutlineFixtures.snippet("""
                一、市场环境
                1.破除准入壁垒。
                2.提升开办效率。
                二、法治环境
                （一）规范执法
                1.推行包容审慎监管。
                """);
        assertEquals(List.of("1.1", "1.2", "2.1.1"), measurePaths(o));
        assertEquals(NodeKind.PART, o.node("2").kind());
        assertEquals(NodeKind.SECTION, o.node("2.1").kind());
    }

    @Test
    void restartUnderAPartGetsImplicitSections() {
        Outlined o = OutlineFixtures.snippet("""
                一、市场环境
                1.破除准入壁垒。
                2.提升开办效率。
                1.优化纳税服务。
                2.压缩办税时间。
                """);
        assertEquals(List.of("1.s1.1", "1.s1.2", "1.s2.1", "1.s2.2"), measurePaths(o));
        assertTrue(o.outline().warnings().stream().anyMatch(w -> w.line() == 4 && w.message().contains("restarts at 1.")));
    }

    @Test
    void aPlanWithOnlyNumberedItemsHasMeasuresAtTheTop() {
        Outlined o = OutlineFixtures.snippet("""
                为优化营商环境，制定以下措施：
                1.推行企业开办一日办结。
                2.推行工程建设项目审批“一窗受理”。
                3.推广电子税务局。
                """);
        assertEquals(List.of("1", "2", "3"), measurePaths(o));
        assertEquals("推行企业开办一日办结", o.node("1").title());
    }

    @Test
    void longFirstSentenceGivesNoTitleAndDecimalsAreNoNumbering() {
        Outlined o = OutlineFixtures.snippet("""
                一、市场环境
                （一）企业开办实现一次申报、0.5天办结、零费用，全面推行企业名称申报承诺制和住所标准化登记。
                0.5天办结的企业占比达到90%以上。
                """);
        OutlineNode measure = o.node("1.1");
        assertEquals("", measure.title());
        assertTrue(o.body(measure).endsWith("达到90%以上。"));
        assertEquals(1, o.outline().measures().size());
    }

    @Test
    void tableWithoutNarrativeHasGroupsButNoLinks() {
        Outlined o = OutlineFixtures.snippet("序号\t工作措施\t主要内容\t责任单位\n"
                + "1\t\t*推行企业开办一日办结。\t区市场监管局\n"
                + "2\t(一) 便利准入\t推行证照分离。\t区行政审批局\n"
                + "3\t\t\t\n"
                + "4\t\t\t区财政局\n");
        assertEquals(List.of("t1", "t2", "t4"), measurePaths(o), "an empty row is no measure; a row with only a unit is kept");
        assertEquals("便利准入", o.node("t1").tableRow().groupTitle());
        assertEquals("便利准入", o.node("t4").tableRow().groupTitle());
        assertNull(o.node("t1").tableRow().implementsPath());
        assertTrue(o.node("t1").tableRow().innovation());
        assertTrue(o.outline().warnings().stream().anyMatch(w -> w.line() == 4 && w.message().contains("table row 3 is empty")));
    }

    @Test
    void aTableWithLeadAndResponsibleColumns() {
        Outlined o = OutlineFixtures.snippet("序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
                + "1\t推行企业开办一日办结。\t区市场监管局\t区税务局、区人社局\t2024年6月底\n"
                + "2\t推广电子税务局。\t区税务局\t\t持续推进\n");
        TableRow first = o.node("t1").tableRow();
        assertEquals("区市场监管局", first.leadCell().of(o.text().text()));
        assertEquals("区市场监管局\t区税务局、区人社局", first.agencyCell().of(o.text().text()), "the unit cells, lead first");
        TableRow second = o.node("t2").tableRow();
        assertEquals("区税务局", second.leadCell().of(o.text().text()));
        assertEquals("区税务局", second.agencyCell().of(o.text().text()));
        assertEquals("推行企业开办一日办结。", o.body(o.node("t1")));
    }
}
