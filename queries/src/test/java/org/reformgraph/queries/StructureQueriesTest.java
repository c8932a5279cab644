package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.queries.SeedGraph.id;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Queries about plans, their outline, measures and attributions, pinned on the five seeds. */
class StructureQueriesTest {

    @Test
    void plansListsTheFiveSeedsOldestFirst() {
        Rows rows = SeedGraph.select("plans");
        assertEquals(5, rows.size());
        assertEquals(id("plan/shanghai-2017"), rows.row(0).get("plan"));
        assertEquals("2017", rows.row(0).get("year"));
        assertEquals(Map.of("wuhan-2023", 36, "guangzhou-2023", 39, "dongxihu-2025", 100, "xiamen-2022", 21,
                "shanghai-2017", 24), measuresByPlan(rows));
    }

    @Test
    void planMeasuresGivesWuhansThirtySixMeasuresInTextOrderWithTheirSectionLeads() {
        Rows rows = SeedGraph.select("plan-measures", Map.of("plan", id("plan/wuhan-2023")));
        assertEquals(36, rows.size());
        Rows.Row first = rows.row(0);
        assertEquals("1.", first.get("number"));
        assertEquals("破除市场准入壁垒", first.get("title"));
        assertEquals("市场准入退出", first.get("sectionTitle"));
        assertEquals("武汉市市场监督管理局", first.get("leads"));
        assertTrue(first.get("text").contains("市场准入负面清单"));
        // 1. … 31. then the five district items of part 三
        assertEquals(IntStream.rangeClosed(1, 31).mapToObj(n -> n + ".").toList(), rows.column("number").subList(0, 31));
        assertEquals("（五）", rows.row(35).get("number"));
        assertEquals("蔡甸区人民政府", rows.row(35).get("leads"));
        // 市政公用服务接入 has four leads: 市水务局、市经信局、市城管委，武汉供电公司
        assertEquals(4, rows.only("number", "9.").get("leads").split("、").length);
    }

    @Test
    void planOutlineShowsXiamensLostHeadingsAsImplicitSections() {
        Rows rows = SeedGraph.select("plan-outline", Map.of("plan", id("plan/xiamen-2022")));
        assertEquals(13, rows.size());
        // parts 一、 and 二、 lost their headings in extraction: their measures sit under implicit sections s1–s3
        assertEquals(List.of("s1", "s2", "s3"), rows.column("path").subList(0, 3));
        assertNull(rows.row(0).get("title"));
        assertEquals("畅通国际国内双循环，打造特区开放新优势", rows.only("path", "3").get("title"));
        assertEquals(id("plan/xiamen-2022/3"), rows.only("path", "3.1").get("parent"));
        assertEquals(3, rows.only("path", "4").integer("measures"));
    }

    @Test
    void measureAttributionsShowTheInheritedSectionBlockWithItsQuote() {
        Rows rows = SeedGraph.select("measure-attributions", Map.of("measure", id("plan/wuhan-2023/2.3.9")));
        assertEquals(11, rows.size(), "4 leads and 7 responsible units in the closing block of （三）");
        assertEquals(List.of("武汉市水务局", "武汉市经济和信息化局", "武汉市城市管理委员会", "武汉供电公司"),
                rows.column("agencyLabel").subList(0, 4));
        for (Rows.Row lead : rows.all().subList(0, 4)) {
            assertEquals("https://w3id.org/reformgraph/ontology#Lead", lead.get("role"));
            assertEquals("https://w3id.org/reformgraph/ontology#Explicit", lead.get("basis"));
        }
        assertEquals("市经信局", rows.row(1).get("surfaceForm"));
        assertTrue(rows.all().stream().allMatch(r -> r.bool("inherited")));
        String quote = rows.row(0).get("quote");
        assertTrue(quote.contains("牵头部门：市水务局"), quote);
        assertTrue(rows.row(0).integer("start") < rows.row(0).integer("end"));
    }

    @Test
    void measuresWithoutAttributionAreExactlyXiamensAndShanghais() {
        Rows rows = SeedGraph.select("measures-without-attribution");
        assertEquals(24 + 21, rows.size(), "the two plans that name no responsible units");
        assertTrue(rows.column("plan").stream()
                .allMatch(p -> p.equals(id("plan/shanghai-2017")) || p.equals(id("plan/xiamen-2022"))));
        // 在市第三中级法院、上海铁路运输法院设立专门的清算与破产审判庭 … 上海法院
        assertEquals(3, rows.only("measure", id("plan/shanghai-2017/6.4")).integer("mentionedAgencies"));
    }

    @Test
    void attributionCoverageIsFullInTheAttributedPlansAndNilInTheOthers() {
        Rows rows = SeedGraph.select("attribution-coverage-by-plan");
        Rows.Row wuhan = rows.only("plan", id("plan/wuhan-2023"));
        assertEquals(36, wuhan.integer("attributed"));
        assertEquals(0, wuhan.integer("unattributed"));
        assertEquals(0, new BigDecimal("1").compareTo(wuhan.decimal("attributedShare")));
        Rows.Row shanghai = rows.only("plan", id("plan/shanghai-2017"));
        assertEquals(24, shanghai.integer("unattributed"));
        assertEquals(9, shanghai.integer("mentionedOnlyAgencies"), "seven Shanghai bodies, 海关总署 and 国家质检总局");
        assertEquals(100, rows.only("plan", id("plan/dongxihu-2025")).integer("withLead"));
    }

    @Test
    void leadBasisPerPlanSeparatesWuhansStatedLeadsFromFirstListedOnes() {
        Rows rows = SeedGraph.select("lead-basis-by-plan");
        Rows.Row wuhan = rows.only("plan", id("plan/wuhan-2023"));
        // ten sections' blocks: 1+1+4+1+1+2+1+1+1+1 leads over 4+4+3+3+3+3+3+3+3+2 measures = 43; the five district
        // items of part 三 have only （责任单位：…区人民政府）: first-listed
        assertEquals(48, wuhan.integer("leads"));
        assertEquals(43, wuhan.integer("explicitLeads"));
        assertEquals(5, wuhan.integer("firstListedLeads"));
        assertEquals(new BigDecimal("0.896"), wuhan.decimal("explicitShare"));
        Rows.Row guangzhou = rows.only("plan", id("plan/guangzhou-2023"));
        assertEquals(0, guangzhou.integer("explicitLeads"), "（A、B负责）: no 牵头 in Guangzhou");
        assertEquals(53, guangzhou.integer("firstListedLeads"), "several groups in one measure give several leads");
        assertEquals(39, guangzhou.integer("measuresWithLead"));
        assertFalse(rows.only("plan", id("plan/xiamen-2022")).bound("explicitShare"), "no leads: no share");
    }

    @Test
    void districtInnovationsAreTheStarredRowsOfDongxihusTable() {
        Rows rows = SeedGraph.select("district-innovations");
        // read off the table by hand: the rows whose 主要内容 starts with *
        List<String> starred = List.of("14", "16", "20", "29", "30", "34", "36", "37", "38", "39", "52", "53", "54", "55",
                "56", "57", "58", "59", "60", "61", "62", "63", "65", "66", "68", "75", "76", "77", "78", "79", "81",
                "82", "83", "85", "86");
        assertEquals(starred, rows.column("tableRow"));
        assertTrue(rows.column("cityLabel").stream().allMatch("武汉市"::equals));
        Rows.Row row16 = rows.only("tableRow", "16");
        assertEquals("强化市场要素保障", row16.get("implementsTitle"));
        assertTrue(row16.get("text").contains("契约制电力接入"));
    }

    @Test
    void jurisdictionsPlaceDongxihuInWuhan() {
        Rows rows = SeedGraph.select("jurisdictions");
        assertEquals(18, rows.size());
        assertEquals(id("jurisdiction/cn"), rows.row(0).get("jurisdiction"));
        Rows.Row dongxihu = rows.only("jurisdiction", id("jurisdiction/wuhan/dongxihu"));
        assertEquals(id("jurisdiction/wuhan"), dongxihu.get("within"));
        assertEquals(id("jurisdiction/wuhan"), dongxihu.get("city"));
        assertEquals(1, dongxihu.integer("plans"));
        assertEquals("湖北省", rows.only("jurisdiction", id("jurisdiction/wuhan")).get("withinLabel"));
    }

    @Test
    void measureTextSearchFindsEveryMeasureNamingThePhrase() {
        // 一网通办 is written in Wuhan's measures 2 and 7 and in four places of Dongxihu's plan
        Rows rows = SeedGraph.select("measure-text-search");
        assertEquals(List.of("dongxihu-2025/2.2.7", "dongxihu-2025/2.4.11", "dongxihu-2025/t30", "dongxihu-2025/t47",
                "wuhan-2023/2.1.2", "wuhan-2023/2.2.7"), rows.column("measure").stream().map(m -> m.substring(
                id("plan/").length())).sorted().toList());
        Rows mortgaged = SeedGraph.select("measure-text-search", Map.of("phrase", "带押过户"));
        assertEquals(List.of("厦门市", "武汉市"), mortgaged.column("cityLabel").stream().sorted().toList());
        assertEquals(0, SeedGraph.select("measure-text-search", Map.of("phrase", "\") || true || (\"")).size());
    }

    @Test
    void attributionsByConfidenceStayWithinTheBoundsLeastCertainFirst() {
        Rows all = SeedGraph.select("attributions-by-confidence");
        assertEquals(558, all.size(), "every attribution lies in [0, 1]");
        Rows weak = SeedGraph.select("attributions-by-confidence", Map.of("maxConfidence", "0.85"));
        assertTrue(weak.size() > 0 && weak.size() < all.size());
        List<BigDecimal> confidences = weak.all().stream().map(r -> r.decimal("confidence")).toList();
        assertTrue(confidences.stream().allMatch(c -> c.compareTo(new BigDecimal("0.85")) <= 0));
        assertEquals(confidences.stream().sorted().toList(), confidences);
        Rows firm = SeedGraph.select("attributions-by-confidence", Map.of("minConfidence", "0.86"));
        assertEquals(all.size(), weak.size() + firm.size());
    }

    @Test
    void planProvenanceNamesEachSourceFileWithItsChecksum() throws IOException, NoSuchAlgorithmException {
        Rows rows = SeedGraph.select("plan-provenance");
        assertEquals(5, rows.size());
        Rows.Row wuhan = rows.only("plan", id("plan/wuhan-2023"));
        assertEquals("000_99b205d77e7190ac.txt", wuhan.get("sourceFile"));
        byte[] text = Files.readAllBytes(seedFile("000_99b205d77e7190ac.txt"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)), wuhan.get("sha256"));
        assertEquals("穗府办函〔2023〕37号", rows.only("plan", id("plan/guangzhou-2023")).get("documentNumber"));
    }

    private static Map<String, Integer> measuresByPlan(Rows rows) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        rows.all().forEach(r -> counts.put(r.get("plan").substring(id("plan/").length()), r.integer("measures")));
        return counts;
    }

    private static Path seedFile(String name) {
        String property = System.getProperty("reformgraph.seeds");
        Path folder = property != null ? Paths.get(property) : Paths.get("../seeds");
        return folder.resolve(name);
    }
}
