package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;

/** Task tables that lost their tabs: rows found by their consecutive numbers after a 序号 header. */
class FlatTableTest {

    private static List<String> measurePaths(Outlined o) {
        return o.outline().measures().stream().map(OutlineNode::path).toList();
    }

    private static String lead(Outlined o, String path) {
        return o.node(path).tableRow().leadCell().of(o.text().text());
    }

    private static String agency(Outlined o, String path) {
        return o.node(path).tableRow().agencyCell().of(o.text().text());
    }

    @Test
    void oneRowPerLineWithCellsBetweenSpaces() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）优化市场准入。全面推行企业开办全程网办。
                附件
                某区优化营商环境重点任务清单
                序号 工作任务 责任单位 完成时限
                1 推行企业开办一日办结。 区市场监管局 2024年6月底
                2 推广电子税务局，压缩纳税时间。 区税务局 持续推进
                3 推行证照分离改革。 区行政审批局 2024年12月底
                """);
        assertEquals(List.of("1.1", "t1", "t2", "t3"), measurePaths(o));
        assertEquals("某区优化营商环境重点任务清单", o.node("t").title());
        assertEquals("推行企业开办一日办结。", o.body(o.node("t1")));
        assertEquals("推行企业开办一日办结", o.node("t1").title());
        assertEquals("区市场监管局", agency(o, "t1"));
        assertEquals("区税务局", agency(o, "t2"));
        assertEquals("3", o.node("t3").tableRow().rowNumber());
        assertNull(o.node("t1").tableRow().leadCell(), "no 牵头单位 column, no lead cell");
    }

    @Test
    void oneCellPerLineWithTheHeaderSplitAndRepeatedAfterAPageBreak() {
        Outlined o = OutlineFixtures.snippet("""
                序号
                工作任务
                责任单位
                1
                推行企业开办全程网办，实现一日办结
                区市场监管局
                2
                推广电子税务局，2024年底前实现主要涉税事项网上办理
                区税务局、区财政局

                - 2 -

                序号
                工作任务
                责任单位
                3
                推行证照分离改革
                区行政审批局
                各区各部门要强化责任意识，确保各项任务落地见效。
                """);
        assertEquals(List.of("t1", "t2", "t3"), measurePaths(o));
        assertEquals("推广电子税务局，2024年底前实现主要涉税事项网上办理", o.body(o.node("t2")));
        assertEquals("区税务局、区财政局", agency(o, "t2"));
        assertEquals("区行政审批局", agency(o, "t3"));
        assertTrue(o.text().text().contains("各区各部门要强化责任意识"));
        assertTrue(o.outline().roots().stream().noneMatch(n -> o.span(n).contains("各区各部门要强化责任意识")),
                "the words after the table belong to no row");
    }

    @Test
    void cellsThatRunTogetherLeaveTheUnitsAfterTheLastFullStop() {
        Outlined o = OutlineFixtures.snippet("""
                序号 工作任务 责任单位 完成时限
                1 推行企业开办全程网办，实现一日办结。区市场监管局区税务局2024年6月底
                2 推行“一业一证”改革，在10 个行业推开。区行政审批局 持续推进
                3 推广电子税务局，压缩纳税时间区税务局
                """);
        assertEquals(List.of("t1", "t2", "t3"), measurePaths(o));
        assertEquals("区市场监管局区税务局", agency(o, "t1"));
        assertEquals("推行企业开办全程网办，实现一日办结。", o.body(o.node("t1")));
        assertEquals("区行政审批局", agency(o, "t2"));
        assertTrue(o.body(o.node("t2")).contains("10 个行业"), "a number inside a cell starts no row");
        assertNull(o.node("t3").tableRow().agencyCell());
        assertTrue(o.outline().warnings().stream().anyMatch(w -> w.line() == 4 && w.message().contains("flattened table row 3")),
                o.outline().warnings().toString());
    }

    @Test
    void rowNumbersGluedToTheFirstCell() {
        Outlined o = OutlineFixtures.snippet("""
                序号 重点任务 工作举措 牵头单位 责任单位 完成时限
                1企业开办推行企业开办“一网通办”，新办企业半日办结。区市场监管局区税务局、区人社局2023年6月底
                2政务服务新增套餐式服务事项20项以上。区行政审批局区直相关单位,各街道2023年12月底
                3纳税服务推行“非接触式”办税，主要涉税事项网上办理率达到95%以上。区税务局持续推进
                """);
        assertEquals(List.of("t1", "t2", "t3"), measurePaths(o));
        assertEquals("区市场监管局区税务局、区人社局", agency(o, "t1"));
        assertEquals("区行政审批局区直相关单位,各街道", agency(o, "t2"));
        assertEquals("区税务局", agency(o, "t3"));
        assertTrue(o.body(o.node("t2")).startsWith("政务服务新增套餐式服务事项20项以上"), "20项 inside a cell starts no row");
        // the header has a 牵头单位 column: the first unit of the glued cells is the lead
        assertEquals("区市场监管局", lead(o, "t1"));
        assertEquals("区行政审批局", lead(o, "t2"));
        assertEquals("区税务局", lead(o, "t3"));
    }

    @Test
    void partLinesInsideTheTableGroupRows() {
        Outlined o = OutlineFixtures.snippet("""
                序号 工作任务 责任单位
                一、市场环境
                1 推行企业开办一日办结。 区市场监管局
                2 推行证照分离改革。 区行政审批局
                二、政务环境
                3 推行“一网通办”。 区大数据中心
                """);
        assertEquals(List.of("t1", "t2", "t3"), measurePaths(o));
        assertEquals(2, o.node("t").children().size());
        assertEquals("市场环境", o.node("t.1").title());
        assertEquals(List.of("t3"), o.node("t.2").children().stream().map(OutlineNode::path).toList());
    }
}
