package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;
import org.reformgraph.loader.read.Seeds;

/** The five seed plans: measure counts and samples that pin the outline. */
class OutlinerSeedsTest {

    static Stream<Arguments> measureCounts() {
        return Stream.of(
                Arguments.of(Seeds.WUHAN, 36),
                Arguments.of(Seeds.XIAMEN, 21),
                Arguments.of(Seeds.GUANGZHOU, 39),
                Arguments.of(Seeds.SHANGHAI, 24),
                Arguments.of(Seeds.DONGXIHU, 100));
    }

    @ParameterizedTest
    @MethodSource("measureCounts")
    void countsMeasures(String seed, int measures) {
        assertEquals(measures, OutlineFixtures.seed(seed).outline().measures().size());
    }

    @ParameterizedTest
    @MethodSource("org.reformgraph.loader.read.Seeds#names")
    void pathsAreUniqueAndSpansNest(String seed) {
        Outlined o = OutlineFixtures.seed(seed);
        Set<String> paths = new HashSet<>();
        for (OutlineNode node : o.all()) {
            assertTrue(paths.add(node.path()), seed + ": duplicate path " + node.path());
            assertTrue(node.path().matches("[a-z0-9.-]+"), node.path());
            assertTrue(node.span().contains(node.bodySpan()) || node.tableRow() != null, seed + " " + node.path());
            for (OutlineNode child : node.children()) {
                assertTrue(node.span().contains(child.span()), seed + ": " + child.path() + " outside " + node.path());
            }
        }
        for (OutlineNode measure : o.outline().measures()) {
            assertTrue(measure.title().length() <= 60, measure.title());
            assertFalse(o.body(measure).startsWith(measure.number()) && !measure.number().isEmpty() && measure.tableRow() == null,
                    seed + " " + measure.path() + " body starts with its number");
            // the original wording of a measure is quotable
            assertFalse(o.text().quote(measure.span()).isBlank() && measure.tableRow() == null);
        }
    }

    @Test
    void wuhan() {
        Outlined o = OutlineFixtures.seed(Seeds.WUHAN);
        assertMeasure(o, "2.1.1", "1.", "破除市场准入壁垒");
        assertMeasure(o, "2.1.4", "4.", "完善企业退出机制");
        assertMeasure(o, "2.2.5", "5.", "深化工程审批改革");
        assertMeasure(o, "2.10.31", "31.", "完善破产保障体系");
        assertMeasure(o, "3.1", "（一）", "武昌区打造营商环境综合示范区");
        assertMeasure(o, "3.5", "（五）", "蔡甸区试点营商环境绿色发展示范区");

        List<OutlineNode> roots = o.outline().roots();
        assertEquals(List.of("1", "2", "3", "4"), roots.stream().map(OutlineNode::path).toList());
        assertTrue(roots.stream().allMatch(n -> n.kind() == NodeKind.PART));
        assertEquals(10, o.node("2").children().size());
        OutlineNode section = o.node("2.1");
        assertEquals(NodeKind.SECTION, section.kind());
        assertEquals("市场准入退出", section.title());
        assertEquals("（一）", section.number());
        // 总体要求 and 保障措施 hold no measures
        assertTrue(o.node("1").children().isEmpty());
        assertTrue(o.node("4").children().stream().noneMatch(OutlineNode::isMeasure));

        // the section's closing block: in the section, out of its last measure, found by SectionClosing
        OutlineNode last = o.node("2.1.4");
        assertFalse(o.span(last).contains("牵头部门"));
        assertFalse(o.body(last).contains("牵头部门"));
        Span closing = SectionClosing.of(section, o.text().text()).orElseThrow();
        assertTrue(closing.of(o.text().text()).startsWith("（牵头部门：市市场监管局；责任部门：市发改委、市商务局"), closing.of(o.text().text()));
        assertTrue(o.text().quote(closing).contains("市发改委、市\n\n商务局"), "the quote is the original, line breaks included");
        assertEquals("（牵头部门：市法院；责任部门：市司法局、市市场监管局、市发改委，各区人民政府）",
                SectionClosing.of(o.node("2.10"), o.text().text()).orElseThrow().of(o.text().text()));
        // district items keep their own attribution
        assertTrue(o.body(o.node("3.1")).endsWith("（责任单位：武昌区人民政府）"));
        assertTrue(o.body(o.node("3.5")).endsWith("（责任单位：蔡甸区人民政府）"));
        assertTrue(SectionClosing.of(o.node("3"), o.text().text()).isEmpty());
        // the notice before the title is no part of the plan
        assertTrue(roots.get(0).span().start() > o.text().text().indexOf("意见的公告"));
    }

    @Test
    void xiamenRestartsGetImplicitSections() {
        Outlined o = OutlineFixtures.seed(Seeds.XIAMEN);
        List<OutlineNode> roots = o.outline().roots();
        assertEquals(List.of("s1", "s2", "s3", "3", "4", "5"), roots.stream().map(OutlineNode::path).toList());
        assertEquals(List.of("1.", "2.", "3.", "5."), o.node("s1").children().stream().map(OutlineNode::number).toList());
        assertEquals(List.of("s1.1", "s1.2", "s1.3", "s1.5"), o.node("s1").children().stream().map(OutlineNode::path).toList());
        assertEquals(4, o.node("s2").children().size());
        assertEquals(List.of("2.", "3."), o.node("s3").children().stream().map(OutlineNode::number).toList());
        assertEquals(NodeKind.SECTION, o.node("s1").kind());
        assertEquals("", o.node("s1").title());
        assertMeasure(o, "s1.1", "1.", "优化市场准入退出");
        assertMeasure(o, "s2.1", "1.", "高效解决商业纠纷");
        assertMeasure(o, "s3.2", "2.", "提升获取经营场所便利度");
        assertMeasure(o, "3.1.1", "1.", "打造制度型开放范本");
        assertMeasure(o, "3.3.2", "2.", "提升国际国内两种资源配置能力");
        // part 四's three paragraphs are measures; part 五 (推进机制, 落地落实) holds none
        assertMeasure(o, "4.1", "（一）", "自贸试验区打造开放创新高地");
        assertTrue(o.body(o.node("4.1")).contains("加快数字自贸区建设"));
        assertMeasure(o, "4.3", "（三）", "辖内六区打造各具特色营商环境");
        assertTrue(o.node("5").children().stream().noneMatch(OutlineNode::isMeasure));

        List<Warning> warnings = o.outline().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 6 && w.message().contains("skips from 3. to 5.")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 7 && w.message().contains("restarts at 1.")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 11 && w.message().contains("restarts at 2.")), warnings.toString());
    }

    @Test
    void guangzhou() {
        Outlined o = OutlineFixtures.seed(Seeds.GUANGZHOU);
        assertMeasure(o, "1.1", "（一）", "推进放宽市场准入和监管体制机制改革试点");
        assertMeasure(o, "1.2", "（二）", "全面推行市场准入“极简审批”新模式");
        assertMeasure(o, "2.19", "(十九)", "支持企业成为引才聚才“主阵地”");
        assertMeasure(o, "5.39", "（三十九）", "天河区打造一流数字赋能营商环境样板");
        assertEquals(5, o.outline().roots().size());
        assertEquals(10, o.node("1").children().size());
        // the line broken mid-sentence is one measure
        assertTrue(o.body(o.node("1.3")).contains("迁移限制条件，简化企业跨区域迁移涉税涉费事项办理程序"));
        assertTrue(o.body(o.node("2.18")).endsWith("（市科技局、市地方金融监管局负责)。"));
        // the plan's closing words after the last measure are not part of it
        assertTrue(o.body(o.node("5.39")).endsWith("（天河区政府负责）。"), o.body(o.node("5.39")));
        assertFalse(o.span(o.node("5")).contains("各区各部门要强化责任意识"));
        // the traditional preface and the notice are not in the plan's outline
        for (OutlineNode measure : o.outline().measures()) {
            assertFalse(o.span(measure).contains("穗府办函"));
            assertFalse(o.span(measure).contains("附录"));
        }
    }

    @Test
    void shanghaiMeasuresOnlyInPartsTwoToSix() {
        Outlined o = OutlineFixtures.seed(Seeds.SHANGHAI);
        assertMeasure(o, "2.1", "(一)", "全面实行准入前国民待遇加负面清单的外资准入制度");
        assertMeasure(o, "2.3", "（三）", "实施市场准入负面清单制度");
        assertMeasure(o, "6.4", "（四）", "推进破产制度体系建设");
        int[] perPart = o.outline().roots().stream()
                .mapToInt(part -> (int) part.children().stream().filter(OutlineNode::isMeasure).count()).toArray();
        assertEquals(List.of(0, 5, 6, 4, 5, 4, 0), java.util.Arrays.stream(perPart).boxed().toList());
        assertEquals("明确总体要求", o.node("1").title());
        assertEquals("搞好组织实施", o.node("7").title());
        assertEquals(NodeKind.SECTION, o.node("7.1").kind());
        assertTrue(o.body(o.node("2.2")).contains("限制，允许更多符合条件的境外机构"), "the body runs over its paragraphs");
    }

    @Test
    void dongxihuNarrative() {
        Outlined o = OutlineFixtures.seed(Seeds.DONGXIHU);
        assertMeasure(o, "2.1.1", "1.", "便利市场准入准营");
        assertMeasure(o, "2.6.20", "20.", "强化人才保障");
        assertTrue(o.body(o.node("2.1.1")).endsWith("（责任单位：区行政审批局、区税务局）"),
                "a block after each measure stays with the measure");
        assertTrue(SectionClosing.of(o.node("2.1"), o.text().text()).isEmpty());
        long narrative = o.outline().measures().stream().filter(m -> m.tableRow() == null).count();
        assertEquals(20, narrative);
        assertTrue(o.node("1").children().isEmpty());
        assertTrue(o.node("3").children().stream().noneMatch(OutlineNode::isMeasure));
    }

    @Test
    void dongxihuTable() {
        Outlined o = OutlineFixtures.seed(Seeds.DONGXIHU);
        OutlineNode table = o.node("t");
        assertEquals(NodeKind.SECTION, table.kind());
        assertEquals("东西湖区持续改进提升营商环境行动方案任务清单", table.title());
        assertEquals(6, table.children().size());
        assertEquals("持续打造对外包容的开放环境", o.node("t.3").title());
        List<OutlineNode> rows = o.outline().measures().stream().filter(m -> m.tableRow() != null).toList();
        // 86 numbered rows, of which 8, 35, 40, 69, 70 and 71 have every cell empty and state no measure
        assertEquals(80, rows.size());
        List<Integer> numbers = rows.stream().map(r -> Integer.parseInt(r.tableRow().rowNumber())).toList();
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, 86).boxed()
                .filter(n -> !List.of(8, 35, 40, 69, 70, 71).contains(n)).toList();
        assertEquals(expected, numbers);
        for (OutlineNode row : rows) {
            assertEquals("t" + row.tableRow().rowNumber(), row.path());
            assertEquals(row.tableRow().rowNumber(), row.number());
        }
        assertEquals(35, rows.stream().filter(r -> r.tableRow().innovation()).count());
        assertTrue(o.node("t14").tableRow().innovation());
        assertTrue(o.node("t54").tableRow().innovation(), "a * after an HTML tag still marks an innovation");
        assertFalse(o.node("t1").tableRow().innovation());

        // the 工作措施 cell sits on one of its group's rows; it applies to the whole group
        assertGroup(o, "t1", "便利市场准入准营", "2.1.1");
        assertGroup(o, "t2", "便利市场准入准营", "2.1.1");
        assertGroup(o, "t3", "便利市场准入准营", "2.1.1");
        assertGroup(o, "t4", "强化公平竞争审查和社会信用建设", "2.1.2");
        assertGroup(o, "t7", "强化公平竞争审查和社会信用建设", "2.1.2");
        assertGroup(o, "t13", "深化招标投标改革", "2.1.3");
        assertGroup(o, "t15", "强化市场要素保障", "2.1.4");
        assertGroup(o, "t18", "规范涉企行政执法", "2.2.5");
        assertGroup(o, "t63", "着力构建高质量产业链", "2.5.15");
        assertGroup(o, "t64", "着力构建高富集资金链", "2.5.16");
        assertGroup(o, "t68", "着力构建高富集资金链", "2.5.16");
        assertGroup(o, "t72", "着力建设高效率服务链", "2.5.17");
        assertGroup(o, "t80", "健全科创服务体系", "2.6.19");
        assertGroup(o, "t86", "强化人才保障", "2.6.20");

        OutlineNode first = o.node("t1");
        assertEquals("区行政审批局", first.tableRow().agencyCell().of(o.text().text()));
        assertTrue(o.body(first).startsWith("持续推进登记注册规范化"));
        assertEquals("推行分支机构集中统一登记改革", o.node("t2").title());
        assertNull(o.node("t8"), "an empty row is no measure");
        assertEquals("区法院", o.node("t43").tableRow().agencyCell().of(o.text().text()));

        List<Warning> warnings = o.outline().warnings();
        for (int line : new int[] {128, 163, 170, 207, 208, 209}) {
            assertTrue(warnings.stream().anyMatch(w -> w.line() == line && w.message().contains("is empty")), line + " " + warnings);
        }
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 173 && w.message().contains("no 主要内容")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.line() == 206 && w.message().contains("several items")), warnings.toString());
    }

    private static void assertGroup(Outlined o, String path, String group, String implementsPath) {
        TableRow row = o.node(path).tableRow();
        assertEquals(group, row.groupTitle(), path);
        assertEquals(implementsPath, row.implementsPath(), path);
    }

    private static void assertMeasure(Outlined o, String path, String number, String title) {
        OutlineNode node = o.node(path);
        assertNotNull(node, "no node " + path);
        assertEquals(NodeKind.MEASURE, node.kind(), path);
        assertEquals(number, node.number(), path);
        assertEquals(title, node.title(), path);
        assertTrue(o.body(node).startsWith(title), path + ": " + o.body(node));
    }
}
