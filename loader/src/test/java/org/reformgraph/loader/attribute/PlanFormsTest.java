package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.loader.attribute.AttributorTest.assertAttribution;
import static org.reformgraph.loader.attribute.TestTexts.identity;
import static org.reformgraph.loader.attribute.TestTexts.measure;
import static org.reformgraph.loader.attribute.TestTexts.section;
import static org.reformgraph.loader.attribute.TestTexts.span;
import static org.reformgraph.loader.attribute.TestTexts.tableRow;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;

/** Written forms of attribution met in plans beyond the seeds (issue 4), each on a small text of its own. */
class PlanFormsTest {
    final Attributor attributor = new Attributor();

    List<Attribution> attributionsOf(String text, String measureText) {
        OutlineNode m = measure(text, "1.", "1", measureText);
        return attributor.attribute(identity(text), new Outline(List.of(m), List.of())).get(0).attributions();
    }

    @Test
    void aDeadlineLabelEndsTheListBeforeIt() {
        String text = "1.推行“免申即享”。（牵头单位：市数据资源局；责任单位：市直有关单位；完成时限：2023年12月底前）\n";
        List<Attribution> a = attributionsOf(text, text.strip());
        assertEquals(2, a.size(), a.toString());
        assertAttribution(a.get(0), "市数据资源局", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a.get(1), "市直有关单位", Role.RESPONSIBLE, 1, Basis.EXPLICIT);

        String ongoing = "1.推行“标准地”出让。（牵头单位：市自然资源和规划局；责任单位：各开发区管委会；完成时限：持续推进）\n";
        assertEquals(List.of("市自然资源和规划局", "各开发区管委会"),
                attributionsOf(ongoing, ongoing.strip()).stream().map(Attribution::surface).toList());
    }

    @Test
    void halfWidthLabelsAndSeparatorsReadLikeFullWidthOnes() {
        String text = "1.压减开办时间。（牵头单位:市市场监管局;责任单位:市税务局、市公安局）\n";
        List<Attribution> a = attributionsOf(text, text.strip());
        assertAttribution(a.get(0), "市市场监管局", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a.get(1), "市税务局", Role.RESPONSIBLE, 1, Basis.EXPLICIT);
        assertAttribution(a.get(2), "市公安局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
    }

    @Test
    void aConventionStatedInTheNoticeMakesTheFirstListedLeadExplicit() {
        String text = "方案所列各项任务的第一责任单位为牵头单位，其他责任单位按职责分工抓好落实。\n"
                + "1.推行企业登记“智能审批”。（责任单位：市行政审批局、市大数据局）\n";
        List<Attribution> a = attributionsOf(text, "1.推行企业登记“智能审批”。（责任单位：市行政审批局、市大数据局）");
        assertAttribution(a.get(0), "市行政审批局", Role.LEAD, 1, Basis.EXPLICIT);
        assertEquals(Confidence.NOTICE_CONVENTION, a.get(0).confidence(), 1e-9);
        assertAttribution(a.get(1), "市大数据局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);

        String without = "1.推行企业登记“智能审批”。（责任单位：市行政审批局、市大数据局）\n";
        assertAttribution(attributionsOf(without, without.strip()).get(0), "市行政审批局", Role.LEAD, 1, Basis.FIRST_LISTED);
    }

    @Test
    void noticeConventionWordings() {
        assertTrue(NoticeConvention.firstListedLeads("排在第一位的为牵头单位"));
        assertTrue(NoticeConvention.firstListedLeads("列首位的部门为牵头部门"));
        assertTrue(NoticeConvention.firstListedLeads("第一个单位为牵头单位"));
        assertFalse(NoticeConvention.firstListedLeads("各牵头单位要会同责任单位细化工作举措"));
    }

    @Test
    void levelsListedBeforeOneBodyAreOneCollective() {
        String text = "1.开展跨区域劳务协作。（责任单位：市人力资源社会保障局，各区、市政府）\n";
        List<Attribution> a = attributionsOf(text, text.strip());
        assertEquals(List.of("市人力资源社会保障局", "各区、市政府"), a.stream().map(Attribution::surface).toList());
        assertEquals("各区、市政府", a.get(1).surfaceSpan().of(text));
    }

    @Test
    void underASectionLeadTheMeasuresOwnListIsResponsible() {
        String text = """
                （一）提升企业开办服务（牵头单位：市市场监管局）
                1.推行企业开办“全链通”。
                2.扩大电子营业执照应用。（责任单位：市政务办、市公共资源交易中心）
                """;
        OutlineNode m1 = measure(text, "1.", "1.1", "1.推行企业开办“全链通”。");
        OutlineNode m2 = measure(text, "2.", "1.2", "2.扩大电子营业执照应用。（责任单位：市政务办、市公共资源交易中心）");
        OutlineNode s = section("（一）", "1", new Span(0, text.length()), m1, m2);
        List<AttributedMeasure> r = attributor.attribute(identity(text), new Outline(List.of(s), List.of()));

        List<Attribution> first = r.get(0).attributions();
        assertEquals(1, first.size(), first.toString());
        assertAttribution(first.get(0), "市市场监管局", Role.LEAD, 1, Basis.EXPLICIT);
        assertTrue(first.get(0).inherited());

        List<Attribution> second = r.get(1).attributions();
        assertEquals(List.of("市市场监管局", "市政务办", "市公共资源交易中心"),
                second.stream().map(Attribution::surface).toList());
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE, Role.RESPONSIBLE), second.stream().map(Attribution::role).toList());
        assertTrue(second.stream().allMatch(x -> x.basis() == Basis.EXPLICIT));
    }

    @Test
    void aFlattenedRowIsCutByTheNameGrammarAndItsLeadColumnNamesTheLead() {
        String text = """
                序号 重点任务 工作举措 牵头单位 责任单位 完成时限
                7 政府采购推行全流程电子化。区财政局区发改局区直相关单位,各街道2023年6月底
                """;
        OutlineNode row = tableRow(text, "7", "政府采购推行全流程电子化。", "区财政局区发改局区直相关单位,各街道");
        List<Attribution> a = attributor.attribute(identity(text), new Outline(List.of(row), List.of())).get(0).attributions();
        assertEquals(List.of("区财政局", "区发改局", "区直相关单位", "各街道"), a.stream().map(Attribution::surface).toList());
        assertAttribution(a.get(0), "区财政局", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a.get(1), "区发改局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
        assertTrue(a.stream().allMatch(x -> x.confidence() == Confidence.FLATTENED_ROW));
        for (Attribution x : a) {
            assertEquals(x.surface(), x.surfaceSpan().of(text));
        }
    }

    @Test
    void aCellWithoutALeadColumnLetsItsFirstUnitLeadByConvention() {
        String text = """
                序号 工作任务 责任单位
                1 推行“一网通办”。 区市场监管局、区税务局
                """;
        OutlineNode row = tableRow(text, "1", "推行“一网通办”。", "区市场监管局、区税务局");
        List<Attribution> a = attributor.attribute(identity(text), new Outline(List.of(row), List.of())).get(0).attributions();
        assertAttribution(a.get(0), "区市场监管局", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertEquals(Confidence.FIRST_LISTED_LEAD, a.get(0).confidence(), 1e-9);
        assertAttribution(a.get(1), "区税务局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
        assertEquals(Confidence.TABLE_CELL, a.get(1).confidence(), 1e-9);
    }

    @Test
    void theOutlinesLeadCellLeadsAndTheRestIsResponsible() {
        String tabs = "序号\t工作任务\t牵头单位\t责任单位\n1\t推行“一网通办”。\t区发改局\t区财政局、区商务局\n";
        List<Attribution> a = rowWithLeadCell(tabs, "区发改局", "区发改局\t区财政局、区商务局");
        assertEquals(List.of("区发改局", "区财政局", "区商务局"), a.stream().map(Attribution::surface).toList());
        assertAttribution(a.get(0), "区发改局", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a.get(1), "区财政局", Role.RESPONSIBLE, 1, Basis.EXPLICIT);
        assertTrue(a.stream().allMatch(x -> x.confidence() == Confidence.TABLE_CELL), a.toString());

        String glued = "序号 重点任务 牵头单位 责任单位\n4 获得电力实行“三零”服务。国网成都供电公司区经信局\n";
        List<Attribution> b = rowWithLeadCell(glued, "国网成都供电公司", "国网成都供电公司区经信局");
        assertAttribution(b.get(0), "国网成都供电公司", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(b.get(1), "区经信局", Role.RESPONSIBLE, 1, Basis.EXPLICIT);
        assertTrue(b.stream().allMatch(x -> x.confidence() == Confidence.FLATTENED_ROW), "the boundary was inferred");
    }

    private List<Attribution> rowWithLeadCell(String text, String lead, String units) {
        Span cell = span(text, units);
        Span leadCell = new Span(cell.start(), cell.start() + lead.length());
        Span whole = new Span(text.indexOf('\n') + 1, cell.end());
        OutlineNode row = new OutlineNode(org.reformgraph.loader.outline.NodeKind.MEASURE, "1", 1, "t1", "", whole, whole,
                List.of(), new org.reformgraph.loader.outline.TableRow("1", false, null, null, cell, leadCell));
        return attributor.attribute(identity(text), new Outline(List.of(row), List.of())).get(0).attributions();
    }

    @Test
    void anAgencyNamedByTheMeasureAndItsSectionAppearsOnceInTheStrongerRole() {
        String text = """
                （一）优化工程建设审批（牵头单位：市住建局）
                1.推行竣工联合验收。（责任单位：市住建局、市自然资源局）
                """;
        OutlineNode m = measure(text, "1.", "1.1", "1.推行竣工联合验收。（责任单位：市住建局、市自然资源局）");
        OutlineNode s = section("（一）", "1", new Span(0, text.length()), m);
        List<Attribution> a = attributor.attribute(identity(text), new Outline(List.of(s), List.of())).get(0).attributions();
        assertEquals(List.of("市住建局", "市自然资源局"), a.stream().map(Attribution::surface).toList());
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE), a.stream().map(Attribution::role).toList());
        assertTrue(a.get(0).inherited());
    }
}
