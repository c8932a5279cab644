package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headline question, which kinds of department lead the most reform types that more than one city has adopted,
 * pinned on the five seeds and checked by hand against their texts.
 *
 * <p>How a careful reader of the seeds gets the same ranking:
 * <ul>
 * <li><b>Market regulation</b> comes first, and mostly by explicit lead. Wuhan's plan closes each topic section with
 *     （牵头部门：…）, and 市市场监管局 leads two of them: 市场准入退出 (measures 1–4) and 促进市场竞争 (27–29). Those two
 *     sections name the reforms the other cities share most: 市场准入负面清单 and 准入前国民待遇加负面清单 (also Shanghai,
 *     Xiamen, Guangzhou), 一件事, 企业名称申报, 住所标准化登记, 电子营业执照 (Shanghai), 同城通办 (Guangzhou's 全城通办),
 *     歇业备案 (Xiamen), 公平竞争审查, 双随机、一公开 (all four cities), 信用分级分类监管, 公共资源交易与国库支付平台对接.
 *     Guangzhou names 市市场监管局 first in （二）(一业一证, 极简审批) and （六）(非现场监管, 综合查一次, 柔性执法), and Dongxihu's
 *     区市场监管局 is listed first for 公平竞争审查 and 信用修复: 20 reform types, 15 of them reached through an explicit lead.</li>
 * <li><b>Development and reform</b> is second with no explicit lead at all: Wuhan's 市发改委 is only ever a 责任部门, but
 *     Guangzhou lists 市发展改革委 first in its coordinating measures ((四) 市场准入负面清单, 市场准入效能评估; (二十二) the
 *     World Bank benchmarking item with 国际贸易“单一窗口”, 综合申报, 帮办代办 …) and Dongxihu lists 区发改局 first for
 *     一件事 (measure 13.), 转供电收费规范 (table row 16) and 信用修复 (row 7).</li>
 * <li><b>People's governments</b> (district governments) third, all first-listed: the five district items of Wuhan's
 *     part 三 each end （责任单位：…区人民政府）, and those districts' brands include 府院联动, 繁简分流, 企业合规, 帮办代办,
 *     掌上办, 全程网办, 包容审慎监管; Guangzhou adds 黄埔区政府 (转供电收费规范).</li>
 * <li>Then a group of seven: <b>courts</b> (Wuhan's 市法院 leads 解决商事纠纷 and 办理破产: 多元化纠纷解决机制, 无纸化,
 *     府院联动, 信用修复, 执法观察期, 柔性执法, 繁简分流, all explicit), natural resources and planning (获得经营场所),
 *     commerce, government services and data, justice.</li>
 * </ul>
 */
class HeadlineQueryTest {
    private static final String TYPE = "https://w3id.org/reformgraph/scheme/agency-type/";

    @Test
    void marketRegulationLeadsTheMostCrossCityReformTypesThenDevelopmentAndReformThenDistrictGovernments() {
        Rows rows = SeedGraph.select("cross-city-reform-types-by-lead-agency-type");
        assertEquals(List.of("agencyType", "label_zh", "label_en", "crossCityReformTypes", "viaExplicitLead",
                "viaFirstListed", "cities", "measures"), rows.variables());
        assertEquals(List.of(TYPE + "market-regulation", TYPE + "development-reform", TYPE + "people-government"),
                rows.column("agencyType").subList(0, 3));

        Rows.Row first = rows.row(0);
        assertEquals("市场监督管理局", first.get("label_zh"));
        assertEquals("Market regulation administration", first.get("label_en"));
        assertEquals(20, first.integer("crossCityReformTypes"));
        assertEquals(15, first.integer("viaExplicitLead"));
        assertEquals(7, first.integer("viaFirstListed"));
        assertEquals(2, first.integer("cities"), "Wuhan (with Dongxihu) and Guangzhou: Xiamen and Shanghai name no leads");
        assertEquals(12, first.integer("measures"));

        Rows.Row second = rows.row(1);
        assertEquals(13, second.integer("crossCityReformTypes"));
        assertEquals(0, second.integer("viaExplicitLead"), "Wuhan's 市发改委 never leads a section");
        assertEquals(13, second.integer("viaFirstListed"));

        Rows.Row third = rows.row(2);
        assertEquals(10, third.integer("crossCityReformTypes"));
        assertEquals(10, third.integer("viaFirstListed"));

        // the group of seven-reform types, by explicit leads first
        assertEquals(List.of("court", "natural-resources-planning", "commerce", "government-services-data", "justice"),
                rows.column("agencyType").subList(3, 8).stream().map(t -> t.substring(TYPE.length())).toList());
        assertTrue(rows.column("crossCityReformTypes").subList(3, 8).stream().allMatch("7"::equals));
        assertEquals(7, rows.only("agencyType", TYPE + "court").integer("viaExplicitLead"));
        assertEquals(25, rows.size());
    }

    @Test
    void everyLeadIsExplicitOrFirstListedAndTheCountsAddUp() {
        for (Rows.Row row : SeedGraph.select("cross-city-reform-types-by-lead-agency-type").all()) {
            int total = row.integer("crossCityReformTypes");
            assertTrue(row.integer("viaExplicitLead") <= total && row.integer("viaFirstListed") <= total, row.toString());
            assertTrue(row.integer("viaExplicitLead") + row.integer("viaFirstListed") >= total, row.toString());
        }
    }

    /**
     * Among the reforms of three or four cities the order of the first two turns: Guangzhou's coordinating measures,
     * which list 市发展改革委 first, name eight of them (国际贸易“单一窗口”, 双随机、一公开, 一件事, 市场准入负面清单, 信易贷,
     * 帮办代办, 信用分级分类监管, 新就业形态劳动者权益保障), market regulation's sections seven.
     */
    @Test
    void askingForThreeCitiesKeepsOnlyTheWidestReforms() {
        Rows rows = SeedGraph.select("cross-city-reform-types-by-lead-agency-type", Map.of("minCities", "3"));
        assertEquals(TYPE + "development-reform", rows.row(0).get("agencyType"));
        assertEquals(8, rows.row(0).integer("crossCityReformTypes"));
        Rows.Row marketRegulation = rows.row(1);
        assertEquals(TYPE + "market-regulation", marketRegulation.get("agencyType"));
        // 市场准入负面清单, 准入前国民待遇加负面清单, 一件事, 公平竞争审查, 双随机、一公开, 信用分级分类监管, 非现场监管
        assertEquals(7, marketRegulation.integer("crossCityReformTypes"));
    }

    @Test
    void theDrillDownListsTheTwentyReformTypesMarketRegulationLeads() {
        Rows rows = SeedGraph.select("cross-city-reform-types-led-by-agency-type");
        assertEquals(20, rows.size());
        assertEquals(List.of("住所标准化登记", "信用修复", "信用分级分类监管", "公共资源交易与国库支付平台对接", "公平竞争审查",
                        "全城通办", "双随机、一公开", "企业名称自主申报", "企业跨区域迁移便利化", "准入前国民待遇加负面清单",
                        "市场准入效能评估", "市场准入负面清单", "一业一证", "一件事", "柔性执法", "极简审批", "歇业备案",
                        "电子营业执照", "综合查一次", "非现场监管").stream().sorted().toList(),
                rows.column("label_zh").stream().sorted().toList());
        Rows.Row doubleRandom = rows.only("label_zh", "双随机、一公开");
        assertEquals("Explicit", doubleRandom.get("bases"));
        assertEquals("wuhan-2023/2.9.27 wuhan-2023/2.9.29", sortedWords(doubleRandom.get("measures")));
        assertEquals(4, doubleRandom.get("adoptingCities").split("、").length);
        Rows.Row fairCompetition = rows.only("label_zh", "公平竞争审查");
        assertEquals("Explicit,FirstListed", sortedWords(fairCompetition.get("bases").replace(',', ' ')).replace(' ', ','),
                "Wuhan's 市市场监管局 by 牵头, Dongxihu's 区市场监管局 by being listed first");
    }

    @Test
    void theDrillDownForCourtsIsAllWuhanAndDongxihuSections() {
        Rows rows = SeedGraph.select("cross-city-reform-types-led-by-agency-type",
                Map.of("agencyType", TYPE + "court"));
        assertEquals(List.of("信用修复", "多元化纠纷解决机制", "府院联动", "执法观察期", "无纸化", "柔性执法", "繁简分流"),
                rows.column("label_zh").stream().sorted().toList());
        assertTrue(rows.only("label_zh", "无纸化").get("measures").contains("wuhan-2023/2.8.25"), "全流程无纸化办案");
    }

    private static String sortedWords(String text) {
        return String.join(" ", java.util.Arrays.stream(text.split(" ")).sorted().toList());
    }
}
