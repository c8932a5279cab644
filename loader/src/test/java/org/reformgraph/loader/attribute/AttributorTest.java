package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.loader.attribute.TestTexts.identity;
import static org.reformgraph.loader.attribute.TestTexts.measure;
import static org.reformgraph.loader.attribute.TestTexts.section;
import static org.reformgraph.loader.attribute.TestTexts.span;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;

class AttributorTest {
    final Attributor attributor = new Attributor();

    // Wuhan (000): a section's measures, then one block for all of them.
    static final String WUHAN = """
            （一）市场准入退出。
            1.破除市场准入壁垒。全面落实市场准入负面清单。
            2.提升企业开办效率。企业开办一次申报、0.5天办结、零费用。
            （牵头部门：市市场监管局；责任部门：市发改委、市商务局，各区人民政府<包括开发区、长江新区、风景区，下同>）
            （二）市政公用服务接入。
            3.便利公共服务接入。完善水电气网（宽带）联合报装机制。
            （牵头部门：市水务局、市经信局、市城管委，武汉供电公司；责任部门：市自然资源和规划局，各区人民政府）
            """;

    @Test
    void sectionClosingBlockAppliesToEveryMeasureOfTheSection() {
        OutlineNode m1 = measure(WUHAN, "1.", "1.1", "1.破除市场准入壁垒。全面落实市场准入负面清单。");
        OutlineNode m2 = measure(WUHAN, "2.", "1.2", "2.提升企业开办效率。企业开办一次申报、0.5天办结、零费用。");
        Span block = span(WUHAN, "（牵头部门：市市场监管局");
        block = new Span(block.start(), WUHAN.indexOf("）\n", block.start()) + 1);
        OutlineNode s1 = section("（一）", "1", new Span(0, block.end()), m1, m2);
        List<AttributedMeasure> result = attributor.attribute(identity(WUHAN), new Outline(List.of(s1), List.of()));

        assertEquals(2, result.size());
        for (AttributedMeasure measure : result) {
            List<Attribution> a = measure.attributions();
            assertEquals(4, a.size(), a.toString());
            assertAttribution(a.get(0), "市市场监管局", Role.LEAD, 1, Basis.EXPLICIT);
            assertAttribution(a.get(1), "市发改委", Role.RESPONSIBLE, 1, Basis.EXPLICIT);
            assertAttribution(a.get(2), "市商务局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
            assertAttribution(a.get(3), "各区人民政府", Role.RESPONSIBLE, 3, Basis.EXPLICIT);
            for (Attribution x : a) {
                assertTrue(x.inherited());
                assertEquals(block, x.evidence());
                assertEquals(0.9, x.confidence(), 1e-9);
                assertEquals(x.surface(), x.surfaceSpan().of(WUHAN));
            }
        }
    }

    @Test
    void closingBlockIsFoundWhenTheOutlineLetsTheLastMeasureRunOnToIt() {
        OutlineNode m1 = measure(WUHAN, "1.", "1.1", "1.破除市场准入壁垒。全面落实市场准入负面清单。");
        int m2Start = WUHAN.indexOf("2.提升");
        int blockEnd = WUHAN.indexOf("）\n（二）") + 1;
        OutlineNode m2 = new OutlineNode(m1.kind(), "2.", 2, "1.2", "", new Span(m2Start, blockEnd + 1),
                new Span(m2Start + 2, blockEnd + 1), List.of(), null);
        OutlineNode s1 = section("（一）", "1", new Span(0, blockEnd + 1), m1, m2);
        List<AttributedMeasure> result = attributor.attribute(identity(WUHAN), new Outline(List.of(s1), List.of()));
        assertEquals(4, result.get(0).attributions().size());
        assertTrue(result.get(0).attributions().stream().allMatch(Attribution::inherited));
        assertEquals(result.get(0).attributions(), result.get(1).attributions());
    }

    @Test
    void severalLeadsRankedInOrder() {
        OutlineNode m3 = measure(WUHAN, "3.", "2.1", "3.便利公共服务接入。完善水电气网（宽带）联合报装机制。");
        Span s2 = new Span(WUHAN.indexOf("（二）"), WUHAN.length());
        List<AttributedMeasure> result = attributor.attribute(identity(WUHAN),
                new Outline(List.of(section("（二）", "2", s2, m3)), List.of()));
        List<Attribution> a = result.get(0).attributions();
        assertEquals(List.of("市水务局", "市经信局", "市城管委", "武汉供电公司", "市自然资源和规划局", "各区人民政府"),
                a.stream().map(Attribution::surface).toList());
        assertAttribution(a.get(3), "武汉供电公司", Role.LEAD, 4, Basis.EXPLICIT);
        assertAttribution(a.get(5), "各区人民政府", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
        assertTrue(result.get(0).mentions().isEmpty(), "（宽带） is no agency: " + result.get(0).mentions());
    }

    // Dongxihu (004): each narrative measure closes with its own （责任单位：…）, sometimes on a line of its own.
    static final String DONGXIHU = """
            （一）持续打造竞争有序的市场环境
            1. 便利市场准入准营。推行分支机构集中统一登记改革。
            （责任单位：区行政审批局、区税务局）
            2. 强化公平竞争审查和社会信用建设。完善经营主体信用预警和修复机制。（责任单位：区市场监管局、区发改局等信用体系建设相关部门、各街道办事处）
            3. 提升司法判决效率。完善法官考核机制。（责任单位：区法院）
            """;

    @Test
    void labelledResponsibleListLetsTheFirstListedLead() {
        OutlineNode m1 = measure(DONGXIHU, "1.", "1.1", "1. 便利市场准入准营。推行分支机构集中统一登记改革。\n（责任单位：区行政审批局、区税务局）");
        OutlineNode m2 = measure(DONGXIHU, "2.", "1.2", DONGXIHU.substring(DONGXIHU.indexOf("2. "), DONGXIHU.indexOf("\n3. ")));
        OutlineNode m3 = measure(DONGXIHU, "3.", "1.3", "3. 提升司法判决效率。完善法官考核机制。（责任单位：区法院）");
        OutlineNode s = section("（一）", "1", new Span(0, DONGXIHU.length()), m1, m2, m3);
        List<AttributedMeasure> result = attributor.attribute(identity(DONGXIHU), new Outline(List.of(s), List.of()));

        List<Attribution> first = result.get(0).attributions();
        assertEquals(2, first.size());
        assertAttribution(first.get(0), "区行政审批局", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertEquals(0.7, first.get(0).confidence(), 1e-9);
        assertAttribution(first.get(1), "区税务局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
        assertEquals(0.95, first.get(1).confidence(), 1e-9);
        assertFalse(first.get(0).inherited());
        assertEquals(span(DONGXIHU, "（责任单位：区行政审批局、区税务局）"), first.get(0).evidence());

        List<Attribution> second = result.get(1).attributions();
        assertEquals(List.of("区市场监管局", "区发改局", "各街道办事处"), second.stream().map(Attribution::surface).toList());

        List<Attribution> third = result.get(2).attributions();
        assertEquals(1, third.size());
        assertAttribution(third.get(0), "区法院", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertEquals(0.9, third.get(0).confidence(), 1e-9, "a sole unit leads with more confidence than a first of many");
    }

    // Guangzhou (002): inline （…负责） at the end of sentences, sometimes several in one measure.
    static final String GUANGZHOU = "（十四）因地制宜推进“工业上楼”。系统规划新型立体厂房（市工业和信息化局、市规划和自然资源局负责）。"
            + "鼓励各区创新“工业上楼”模式（各区政府负责）。\n"
            + "（二十九）探索建立企业合规法律激励制度。审慎采取司法强制措施（市检察院、市市场监管局、各监管执法部门负责）。\n"
            + "（三十一）深化企业破产“府院联动”机制。完善市场主体退出机制（市法院、市司法局、市市场监管局等负责）。\n"
            + "(十九)支持企业成为引才聚才“主阵地”。增大企业急需人才有效供应(市人力资源社会保障局负责)。\n";

    @Test
    void everyInlineGroupHasItsOwnFirstListedLead() {
        OutlineNode m14 = measure(GUANGZHOU, "（十四）", "1.14", GUANGZHOU.substring(0, GUANGZHOU.indexOf("\n")));
        List<AttributedMeasure> result = attributor.attribute(identity(GUANGZHOU), new Outline(List.of(m14), List.of()));
        List<Attribution> a = result.get(0).attributions();
        assertEquals(3, a.size(), a.toString());
        assertAttribution(a.get(0), "市工业和信息化局", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertAttribution(a.get(1), "市规划和自然资源局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);
        assertEquals(0.9, a.get(1).confidence(), 1e-9);
        assertAttribution(a.get(2), "各区政府", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertEquals(span(GUANGZHOU, "（各区政府负责）"), a.get(2).evidence());
        assertEquals(span(GUANGZHOU, "（市工业和信息化局、市规划和自然资源局负责）"), a.get(0).evidence());
    }

    @Test
    void inlineGroupsWithCollectivesTailsAndHalfWidthBrackets() {
        String[] lines = GUANGZHOU.split("\n");
        OutlineNode m29 = measure(GUANGZHOU, "（二十九）", "4.2", lines[1]);
        OutlineNode m31 = measure(GUANGZHOU, "（三十一）", "4.4", lines[2]);
        OutlineNode m19 = measure(GUANGZHOU, "(十九)", "2.9", lines[3]);
        List<AttributedMeasure> result = attributor.attribute(identity(GUANGZHOU),
                new Outline(List.of(m29, m31, m19), List.of()));
        assertEquals(List.of("市检察院", "市市场监管局", "各监管执法部门"), surfaces(result.get(0)));
        assertEquals(List.of("市法院", "市司法局", "市市场监管局"), surfaces(result.get(1)));
        assertEquals(List.of("市人力资源社会保障局"), surfaces(result.get(2)));
        assertEquals(Role.LEAD, result.get(2).attributions().get(0).role());
    }

    @Test
    void explicitLeadAndCooperatingForms() {
        String text = "1.推进改革。（市发改委牵头，市财政局、市商务局配合）\n"
                + "2.推进改革。〔市税务局牵头负责〕\n"
                + "3.推进改革。(牵头单位:市发改委;责任单位:市财政局、市商务局)\n"
                + "4.推进改革，持续推进。\n牵头部门：市发改委\n责任单位：市财政局、市商务局\n配合单位：市统计局\n"
                + "5.推进改革（市发改委负责，6月底前完成）。\n";
        String[] lines = text.split("(?=\\n\\d\\.)");
        OutlineNode[] ms = new OutlineNode[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].startsWith("\n") ? lines[i].substring(1) : lines[i];
            ms[i] = measure(text, (i + 1) + ".", "1." + (i + 1), line);
        }
        List<AttributedMeasure> r = attributor.attribute(identity(text), new Outline(List.of(ms), List.of()));

        List<Attribution> a1 = r.get(0).attributions();
        assertAttribution(a1.get(0), "市发改委", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a1.get(1), "市财政局", Role.COOPERATING, 1, Basis.EXPLICIT);
        assertAttribution(a1.get(2), "市商务局", Role.COOPERATING, 2, Basis.EXPLICIT);

        assertAttribution(r.get(1).attributions().get(0), "市税务局", Role.LEAD, 1, Basis.EXPLICIT);

        List<Attribution> a3 = r.get(2).attributions();
        assertAttribution(a3.get(0), "市发改委", Role.LEAD, 1, Basis.EXPLICIT);
        assertEquals(0.95, a3.get(0).confidence(), 1e-9);
        assertAttribution(a3.get(2), "市商务局", Role.RESPONSIBLE, 2, Basis.EXPLICIT);

        List<Attribution> a4 = r.get(3).attributions();
        assertEquals(List.of("市发改委", "市财政局", "市商务局", "市统计局"), surfaces(r.get(3)));
        assertAttribution(a4.get(0), "市发改委", Role.LEAD, 1, Basis.EXPLICIT);
        assertAttribution(a4.get(3), "市统计局", Role.COOPERATING, 1, Basis.EXPLICIT);
        assertEquals(span(text, "牵头部门：市发改委\n责任单位：市财政局、市商务局\n配合单位：市统计局"), a4.get(0).evidence());

        assertEquals(List.of("市发改委"), surfaces(r.get(4)), "the deadline is no agency");
    }

    @Test
    void tableCellListsUnitsWithTheFirstLeading() {
        String text = "7\t\t完善经营主体信用预警和修复机制。\t区发改局、区经科局 区经科局、各街道办事处\n";
        OutlineNode row = TestTexts.tableRow(text, "7", "完善经营主体信用预警和修复机制。", "区发改局、区经科局 区经科局、各街道办事处");
        List<AttributedMeasure> r = attributor.attribute(identity(text), new Outline(List.of(row), List.of()));
        List<Attribution> a = r.get(0).attributions();
        assertEquals(List.of("区发改局", "区经科局", "各街道办事处"), surfaces(r.get(0)), "the repeated name is kept once");
        assertAttribution(a.get(0), "区发改局", Role.LEAD, 1, Basis.FIRST_LISTED);
        assertAttribution(a.get(2), "各街道办事处", Role.RESPONSIBLE, 3, Basis.EXPLICIT);
        assertEquals(0.85, a.get(2).confidence(), 1e-9);
        assertEquals(row.tableRow().agencyCell(), a.get(0).evidence());
        assertTrue(r.get(0).mentions().isEmpty(), "names in the cell are attributions, not mentions");
    }

    @Test
    void agenciesInTheBodyAreMentionsButNotThoseInTheStatement() {
        String text = "13. 提升项目落地水平。每个项目发改局明确“一套指令”交办，资建局拟定土地规划“一张清单”申办。（责任单位：区发改局、区行政审批局）\n";
        OutlineNode m = measure(text, "13.", "1.13", text.strip());
        AttributedMeasure r = attributor.attribute(identity(text), new Outline(List.of(m), List.of())).get(0);
        List<String> mentioned = r.mentions().stream().map(AgencyMention::surface).toList();
        assertEquals(List.of("发改局", "资建局"), mentioned);
        for (AgencyMention mention : r.mentions()) {
            assertEquals(mention.surface(), mention.span().of(text));
            assertEquals(MentionFinder.DICTIONARY, mention.method());
            assertEquals(0.8, mention.confidence(), 1e-9);
        }
    }

    @Test
    void anInlineStatementLeftOutsideTheMeasuresClosesTheSection() {
        String text = "（一）优化服务\n1.推进改革。\n2.深化改革。\n（市发改委、市财政局负责）\n";
        OutlineNode m1 = measure(text, "1.", "1.1", "1.推进改革。");
        OutlineNode m2 = measure(text, "2.", "1.2", "2.深化改革。");
        OutlineNode s = section("（一）", "1", new Span(0, text.length()), m1, m2);
        List<AttributedMeasure> r = attributor.attribute(identity(text), new Outline(List.of(s), List.of()));
        for (AttributedMeasure m : r) {
            assertEquals(List.of("市发改委", "市财政局"), surfaces(m));
            assertTrue(m.attributions().stream().allMatch(Attribution::inherited));
        }
    }

    @Test
    void statementsOutsideAnySectionAreNobodysAttribution() {
        String text = "各区人民政府，市政府各部门（市发改委负责）：\n1.推进改革。\n";
        OutlineNode m1 = measure(text, "1.", "1", "1.推进改革。");
        List<AttributedMeasure> r = attributor.attribute(identity(text), new Outline(List.of(m1), List.of()));
        assertTrue(r.get(0).attributions().isEmpty());
    }

    @Test
    void leadsNamedInRunningText() {
        // Xiamen (001), 四（一）
        String text = "（一）分别选择2-3个国家营商环境评价指标，由区政府（开发区管委会）和市直部门共同牵头推动指标优化提升试点工作。\n";
        OutlineNode m = measure(text, "（一）", "4.1", text.strip());
        AttributedMeasure r = attributor.attribute(identity(text), new Outline(List.of(m), List.of())).get(0);
        assertEquals(List.of("区政府", "市直部门"), surfaces(r));
        assertAttribution(r.attributions().get(1), "市直部门", Role.LEAD, 2, Basis.EXPLICIT);
        assertEquals(0.85, r.attributions().get(0).confidence(), 1e-9);
        assertEquals(span(text, "由区政府（开发区管委会）和市直部门共同牵头"), r.attributions().get(0).evidence());
        assertTrue(r.mentions().isEmpty(), r.mentions().toString());
        String other = "（二）由企业自主牵头组建联盟。\n";
        OutlineNode m2 = measure(other, "（二）", "4.2", other.strip());
        assertTrue(attributor.attribute(identity(other), new Outline(List.of(m2), List.of())).get(0).attributions().isEmpty());
    }

    @Test
    void textWithoutStatementsGivesNoAttributions() {
        String text = "（一）完善水电气网（宽带）联合报装机制，实现“三公开”（公开服务标准、公开收费标准）。\n";
        OutlineNode m = measure(text, "（一）", "1", text.strip());
        AttributedMeasure r = attributor.attribute(identity(text), new Outline(List.of(m), List.of())).get(0);
        assertTrue(r.attributions().isEmpty(), r.attributions().toString());
    }

    static List<String> surfaces(AttributedMeasure m) {
        return m.attributions().stream().map(Attribution::surface).toList();
    }

    static void assertAttribution(Attribution a, String surface, Role role, int rank, Basis basis) {
        assertEquals(surface, a.surface(), a.toString());
        assertEquals(role, a.role(), a.toString());
        assertEquals(rank, a.rank(), a.toString());
        assertEquals(basis, a.basis(), a.toString());
    }
}
