package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.queries.SeedGraph.id;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queries about topics and quantitative targets, pinned on the five seeds. */
class TopicAndTargetQueriesTest {
    private static final String TOPIC = "https://w3id.org/reformgraph/scheme/topic/";

    /**
     * Xiamen's plan has no measure about tax administration: it names 税 only in passing (税收管理 under credit
     * supervision, 拍前税款 in court enforcement, RCEP 关税减让); Wuhan's sections follow the ten B-READY topics one by one.
     */
    @Test
    void uncoveredTopicsOfACityByNameOrIri() {
        assertEquals(List.of(TOPIC + "bready/taxation"),
                SeedGraph.select("uncovered-topics-of-city", Map.of("city", "厦门")).column("topic"));
        assertEquals(List.of(TOPIC + "bready/taxation"), SeedGraph.select("uncovered-topics-of-city",
                Map.of("city", id("jurisdiction/xiamen"))).column("topic"));
        assertEquals(0, SeedGraph.select("uncovered-topics-of-city").size(), "武汉市 covers all ten");
        Rows shanghaiCn = SeedGraph.select("uncovered-topics-of-city",
                Map.of("city", "上海市", "scheme", TOPIC + "cn"));
        assertEquals(List.of("bidding", "construction-permits", "getting-credit", "getting-water-and-gas",
                "labor-market-regulation", "registering-property"),
                shanghaiCn.column("topic").stream().map(t -> t.substring((TOPIC + "cn/").length())).toList());
        assertTrue(SeedGraph.select("uncovered-topics-of-city", Map.of("minConfidence", "0.95")).size() == 10,
                "no assignment is that confident");
    }

    @Test
    void measuresPerTopicPerCityIsAFullTable() {
        Rows rows = SeedGraph.select("measures-per-topic-per-city");
        assertEquals(4 * 10, rows.size());
        Rows.Row wuhanTrade = rows.where(r -> r.get("city").equals(id("jurisdiction/wuhan"))
                && r.get("topic").equals(TOPIC + "bready/international-trade")).get(0);
        assertEquals(19, wuhanTrade.integer("measures"));
        assertEquals(18, wuhanTrade.integer("fromHeading"));
        Rows.Row xiamenTax = rows.where(r -> r.get("city").equals(id("jurisdiction/xiamen"))
                && r.get("topic").equals(TOPIC + "bready/taxation")).get(0);
        assertEquals(0, xiamenTax.integer("measures"));
        assertEquals(4 * 18, SeedGraph.select("measures-per-topic-per-city", Map.of("scheme", TOPIC + "cn")).size());
    }

    @Test
    void topicAssignmentsByPlanShowHowFarHeadingsCarry() {
        Rows rows = SeedGraph.select("topic-assignments-by-plan");
        assertEquals(5 * 2 * 2, rows.size(), "five plans, two schemes, heading- and word-based (no neighbours)");
        Rows.Row wuhanHeadings = rows.where(r -> r.get("plan").equals(id("plan/wuhan-2023"))
                && r.get("scheme").equals(TOPIC + "bready")
                && r.get("basis").endsWith("#FromHeading")).get(0);
        assertEquals(31, wuhanHeadings.integer("measures"), "measures 1.–31. under the ten B-READY sections");
        assertEquals(new BigDecimal("0.9"), wuhanHeadings.decimal("averageConfidence").stripTrailingZeros());
    }

    @Test
    void targetsByDeadlineStartWithGuangzhous2023Goals() {
        Rows rows = SeedGraph.select("targets-by-deadline");
        assertEquals(59, rows.size());
        assertEquals("2023", rows.row(0).get("deadline"));
        assertEquals("广州市", rows.row(0).get("cityLabel"));
        // Wuhan 8.: 到2025年 … 达到100% … 达到98% … 达20%
        List<Rows.Row> wuhan2025 = rows.where(r -> "2025".equals(r.get("deadline"))
                && r.get("plan").equals(id("plan/wuhan-2023")));
        assertEquals(List.of("达到 100%", "达到 98%", "达 20%"), wuhan2025.stream().map(r -> r.get("quote")).toList());
        assertTrue(wuhan2025.stream().allMatch(r -> r.get("comparator").equals(">=")));
        Rows dated = SeedGraph.select("targets-by-deadline", Map.of("includeUndated", "false"));
        assertEquals(14, dated.size());
        Rows.Row guarantee = rows.where(r -> "1%及以下".equals(r.get("quote"))).get(0);
        assertEquals("<=", guarantee.get("comparator"), "担保费率至1%及以下");
    }

    @Test
    void targetsPerUnitSummariseWhatPlansMeasureThemselvesBy() {
        Rows rows = SeedGraph.select("targets-by-unit");
        assertEquals(12, rows.size());
        Rows.Row percent = rows.row(0);
        assertEquals("%", percent.get("unit"));
        assertEquals(16, percent.integer("targets"));
        assertEquals(0, new BigDecimal("100").compareTo(percent.decimal("maxValue")));
        Rows.Row days = rows.only("unit", "天");
        assertEquals(2, days.integer("cities"), "开办企业0.5天办结 in Wuhan and Guangzhou");
    }
}
