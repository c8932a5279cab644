package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.queries.SeedGraph.id;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queries about agencies, their types and how they work together, pinned on the five seeds. */
class AgencyQueriesTest {
    private static final String TYPE = "https://w3id.org/reformgraph/scheme/agency-type/";

    /**
     * Wuhan's section （三）市政公用服务接入 has four leads (市水务局、市经信局、市城管委，武汉供电公司) over its three measures:
     * six pairs co-leading three measures each; （六）跨境贸易 adds 市商务局 with 武汉海关. Guangzhou's pairs come from
     * measures with several （…负责） groups, each group's first unit leading.
     */
    @Test
    void coLeadingAgenciesPutWuhansUtilitySectionFirst() {
        Rows rows = SeedGraph.select("co-leading-agencies");
        assertEquals(19, rows.size());
        List<Rows.Row> threeMeasures = rows.where(r -> r.integer("measures") == 3);
        assertEquals(7, threeMeasures.size());
        Set<String> utilityLeads = Set.of("武汉市水务局", "武汉市经济和信息化局", "武汉市城市管理委员会", "武汉供电公司");
        assertEquals(6, threeMeasures.stream()
                .filter(r -> utilityLeads.contains(r.get("labelA")) && utilityLeads.contains(r.get("labelB"))).count());
        assertTrue(threeMeasures.stream().allMatch(r -> r.integer("viaExplicitLead") == 3 && r.integer("plans") == 1));
        Rows.Row guangzhou = rows.row(7); // the first pair below three: measures (二十五) and (二十七)
        assertEquals(id("agency/guangzhou/development-reform"), guangzhou.get("agencyA"));
        assertEquals(id("agency/guangzhou/government-services-data"), guangzhou.get("agencyB"));
        assertEquals(2, guangzhou.integer("measures"));
        assertEquals(0, guangzhou.integer("viaExplicitLead"));
        assertEquals(7, SeedGraph.select("co-leading-agencies", Map.of("minMeasures", "3")).size());
    }

    /**
     * The heaviest edge is Wuhan's 市发改委 with 各区人民政府: 各区人民政府 is a 责任部门 of every topic section, 市发改委 of
     * sections 一、二、五、九、十 with 4+4+3+3+2 = 16 measures.
     */
    @Test
    void theCollaborationNetworkIsAWeightedEdgeList() {
        Rows rows = SeedGraph.select("agency-collaboration-network");
        assertEquals(List.of("source", "target", "weight", "leadWeight", "sourceLabel", "targetLabel", "sourceTypes",
                "targetTypes"), rows.variables());
        assertEquals(417, rows.size());
        Rows.Row heaviest = rows.row(0);
        assertEquals(id("agency/wuhan/development-reform"), heaviest.get("source"));
        assertEquals(id("agency/wuhan/district-governments"), heaviest.get("target"));
        assertEquals(16, heaviest.integer("weight"));
        assertEquals(0, heaviest.integer("leadWeight"));
        assertEquals("development-reform", heaviest.get("sourceTypes"));
        assertTrue(rows.all().stream().allMatch(r -> r.get("source").compareTo(r.get("target")) < 0), "undirected, once");
        Rows.Row customs = rows.only("target", id("agency/wuhan/customs"));
        assertEquals(id("agency/wuhan/commerce"), customs.get("source"));
        assertEquals(3, customs.integer("leadWeight"));
        Rows heavy = SeedGraph.select("agency-collaboration-network", Map.of("minWeight", "10"));
        assertTrue(heavy.all().stream().allMatch(r -> r.integer("weight") >= 10));
        assertEquals(heavy.size(), rows.where(r -> r.integer("weight") >= 10).size());
    }

    @Test
    void wuhansAgenciesWithTheirTypesAndWorkload() {
        Rows rows = SeedGraph.select("jurisdiction-agencies", Map.of("jurisdiction", id("jurisdiction/wuhan")));
        assertEquals(36, rows.size());
        Rows.Row districts = rows.row(0);
        assertEquals("武汉市各区人民政府", districts.get("label"));
        assertEquals(31, districts.integer("responsible"), "named in every one of the ten topic sections");
        Rows.Row market = rows.only("agency", id("agency/wuhan/market-regulation"));
        assertEquals("Market regulation administration", market.get("types"));
        assertEquals("市市场监管局", market.get("altLabels"));
        assertEquals(7, market.integer("leads"), "sections 一 (4 measures) and 九 (3)");
        assertEquals(15, market.integer("responsible"), "and 责任部门 of 三 (3), 五 (3), 十 (2)");
        Rows dongxihu = SeedGraph.select("jurisdiction-agencies", Map.of("jurisdiction", id("jurisdiction/wuhan/dongxihu")));
        Rows.Row jingKe = dongxihu.row(0);
        assertEquals("东西湖区经科局", jingKe.get("label"));
        assertEquals("Economy and information technology bureau, Science and technology bureau", jingKe.get("types"),
                "区经科局 merges two bureaus and carries both types");
    }

    @Test
    void agencyTypesPerCityCompareTheCitiesDepartments() {
        Rows rows = SeedGraph.select("agency-types-by-city");
        Rows.Row guangzhouEconomy = rows.where(r -> r.get("city").equals(id("jurisdiction/guangzhou"))).get(0);
        assertEquals(TYPE + "economy-information", guangzhouEconomy.get("agencyType"));
        assertEquals(12, guangzhouEconomy.integer("measuresCarried"));
        Rows.Row shanghaiCourts = rows.where(r -> r.get("city").equals(id("jurisdiction/shanghai"))
                && r.get("agencyType").equals(TYPE + "court")).get(0);
        assertEquals(4, shanghaiCourts.integer("agencies"),
                "上海法院, 上海知识产权法院, 上海铁路运输法院, 市第三中级法院: named, never attributed");
        assertEquals(0, shanghaiCourts.integer("measuresCarried"));
        assertEquals(Set.of("上海市", "厦门市", "广州市", "武汉市"), Set.copyOf(rows.column("cityLabel")));
    }

    @Test
    void leadAgencyTypesCountMeasuresLedByEachKind() {
        Rows rows = SeedGraph.select("lead-agency-types");
        assertEquals(List.of(TYPE + "economy-information", TYPE + "development-reform", TYPE + "market-regulation"),
                rows.column("agencyType").subList(0, 3));
        Rows.Row economy = rows.row(0);
        assertEquals(28, economy.integer("measures"), "Dongxihu's 区经科局 is listed first in many table rows");
        assertEquals(3, economy.integer("viaExplicitLead"), "Wuhan's 市经信局 in section 三");
        Rows.Row market = rows.row(2);
        assertEquals(18, market.integer("measures"));
        assertEquals(7, market.integer("viaExplicitLead"));
    }

    /** The "top agency types by distinct themes": district governments carry measures of every B-READY topic. */
    @Test
    void agencyTypesByTopicsPutTheWidestKindsOfDepartmentFirst() {
        Rows rows = SeedGraph.select("agency-types-by-topics");
        assertEquals(List.of(TYPE + "district-governments", TYPE + "development-reform", TYPE + "market-regulation"),
                rows.column("agencyType").subList(0, 3));
        Rows.Row districts = rows.row(0);
        assertEquals(10, districts.integer("topics"), "all ten B-READY topics");
        assertEquals(36, districts.integer("measures"));
        assertEquals(2, districts.integer("agencies"));
        assertEquals(53, rows.size(), "every agency type that carries a measure with a topic");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.row(i).integer("topics") <= rows.row(i - 1).integer("topics"), "widest first");
        }
        Rows cn = SeedGraph.select("agency-types-by-topics", Map.of("scheme",
                "https://w3id.org/reformgraph/scheme/topic/cn"));
        assertEquals(TYPE + "district-governments", cn.row(0).get("agencyType"));
        assertEquals(15, cn.row(0).integer("topics"), "of China's 18 national indicators");
    }

    @Test
    void mentionedOnlyAgenciesAreNamedButNeverAnswerable() {
        Rows rows = SeedGraph.select("mentioned-only-agencies");
        assertEquals(18, rows.size());
        assertEquals(5, rows.where(r -> "上海市".equals(r.get("jurisdictionLabel"))
                && (r.get("label").contains("法院") || r.get("label").contains("仲裁"))).size(),
                "Shanghai's four courts and its arbitration centre are named in 六、 but answer for nothing");
        Rows.Row provincialFinance = rows.only("agency", id("agency/hubei/finance"));
        assertEquals(2, provincialFinance.integer("measures"));
        assertEquals("省财政厅", provincialFinance.get("surfaceForm"));
        assertEquals("hanlp-ner", rows.only("agency", id("agency/shanghai/zhi-shi-chan-quan-fa-yuan")).get("methods"));
    }

    /** The bar: every agency in the seeds has a type (names the scheme cannot type are not taken for agencies). */
    @Test
    void everyAgencyOfTheSeedsHasAType() {
        Rows rows = SeedGraph.select("agencies-without-type");
        assertEquals(List.of("agency", "label", "jurisdictionLabel", "altLabels", "measures"), rows.variables());
        assertEquals(0, rows.size(), rows.toString());
    }

    @Test
    void agenciesNamedFindsEveryDevelopmentAndReformBody() {
        Rows rows = SeedGraph.select("agencies-named");
        assertTrue(rows.column("label").containsAll(List.of("武汉市发展和改革委员会", "广州市发展和改革委员会",
                "东西湖区发展和改革局")), rows.toString());
        Rows byAlias = SeedGraph.select("agencies-named", Map.of("text", "市发改委"));
        assertEquals(List.of(id("agency/wuhan/development-reform")), byAlias.column("agency"));
    }

    @Test
    void measuresByAgencyGivesWhatWuhansMarketRegulatorCarries() {
        Rows rows = SeedGraph.select("measures-by-agency", Map.of("agency", id("agency/wuhan/market-regulation")));
        assertEquals(15, rows.size());
        assertEquals(7, rows.where(r -> r.bool("lead")).size());
    }
}
