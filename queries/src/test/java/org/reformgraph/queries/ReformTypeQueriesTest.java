package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.queries.SeedGraph.id;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queries about reform types: who adopts them, when, how they are written, pinned on the five seeds. */
class ReformTypeQueriesTest {
    private static final String REFORM = "https://w3id.org/reformgraph/scheme/reform-type/";

    /**
     * Three reforms appear in all four cities: 国际贸易“单一窗口” (Wuhan 19., Xiamen, Guangzhou (二十二), Shanghai),
     * 双随机、一公开 and 多元化纠纷解决机制 (Shanghai's 多元化商事纠纷解决机制, Xiamen's 多元化解, Guangzhou's and Wuhan's 24.).
     */
    @Test
    void crossCityReformTypesStartWithTheThreeOfAllFourCities() {
        Rows rows = SeedGraph.select("cross-city-reform-types");
        assertEquals(57, rows.size());
        assertTrue(rows.column("cities").stream().allMatch(c -> Integer.parseInt(c) >= 2));
        assertEquals(Set.of(REFORM + "single-window", REFORM + "double-random-one-public",
                REFORM + "diversified-dispute-resolution"),
                Set.copyOf(rows.where(r -> r.integer("cities") == 4).stream().map(r -> r.get("reformType")).toList()));
        Rows.Row mortgaged = rows.only("reformType", REFORM + "mortgaged-property-transfer");
        assertEquals("带押过户", mortgaged.get("label_zh"));
        assertEquals(Set.of("武汉市", "厦门市"), Set.of(mortgaged.get("cityLabels").split("、")));
        assertEquals(2022, mortgaged.integer("firstYear"));
        assertTrue(mortgaged.bool("quotedSomewhere"));
        assertFalse(rows.only("reformType", REFORM + "fair-competition-review").bool("quotedSomewhere"),
                "公平竞争审查 is never quoted");
        assertEquals(18, SeedGraph.select("cross-city-reform-types", Map.of("minCities", "3")).size());
        assertEquals(57, SeedGraph.select("cross-city-reform-types", Map.of("includeCandidates", "true")).size(),
                "no candidate term occurs in two cities");
    }

    @Test
    void singleCityReformTypesAreEachCitysOwn() {
        Rows rows = SeedGraph.select("single-city-reform-types");
        assertEquals(16, rows.size());
        assertTrue(rows.all().stream().noneMatch(r -> r.bool("candidate")));
        assertEquals("上海市", rows.only("reformType", REFORM + "separation-of-permits-and-licence").get("cityLabel"));
        assertTrue(SeedGraph.select("single-city-reform-types", Map.of("includeCandidates", "true")).size() > 16 + 100);
    }

    /** 双随机、一公开 is quoted in Shanghai's 2017 plan, then in Xiamen (2022), Guangzhou and Wuhan (2023). */
    @Test
    void reformTypeAdoptionSaysWhoWasFirst() {
        Rows rows = SeedGraph.select("reform-type-adoption");
        assertEquals(List.of("shanghai-2017", "xiamen-2022", "guangzhou-2023", "wuhan-2023"),
                rows.column("plan").stream().map(p -> p.substring(id("plan/").length())).toList());
        assertTrue(rows.row(0).bool("first"));
        assertTrue(rows.all().subList(1, 4).stream().noneMatch(r -> r.bool("first")));
        Rows.Row wuhan = rows.row(3);
        assertEquals("2023-10-31", wuhan.get("issued"));
        assertEquals(2, wuhan.integer("measures"), "measures 27. and 29. (双随机一公开 without the comma)");
        assertTrue(wuhan.get("surfaceForms").contains("双随机一公开"));

        Rows mortgaged = SeedGraph.select("reform-type-adoption",
                Map.of("reformType", REFORM + "mortgaged-property-transfer"));
        assertEquals(List.of("厦门市", "武汉市"), mortgaged.column("cityLabel"));
        assertTrue(mortgaged.row(0).bool("first"));
    }

    @Test
    void reformTypesByPlanCountCuratedCandidateQuotedAndShared() {
        Rows rows = SeedGraph.select("reform-types-by-plan");
        assertEquals(id("plan/wuhan-2023"), rows.row(0).get("plan"), "Wuhan's plan names the most reforms");
        Rows.Row wuhan = rows.row(0);
        assertEquals(wuhan.integer("reformTypes"), wuhan.integer("curated") + wuhan.integer("candidates"));
        assertEquals(55, wuhan.integer("curated"));
        assertEquals(46, wuhan.integer("crossCity"));
        assertEquals(33, wuhan.integer("measuresWithReform"));
        Rows.Row shanghai = rows.only("plan", id("plan/shanghai-2017"));
        assertEquals(19, shanghai.integer("curated"));
        assertEquals(17, shanghai.integer("crossCity"));
    }

    @Test
    void reformTypesOfShanghaisPlanWithTheirWordsAndReach() {
        Rows rows = SeedGraph.select("reform-types-of-plan", Map.of("plan", id("plan/shanghai-2017")));
        assertEquals(33, rows.size());
        assertEquals(4, rows.row(0).integer("cities"));
        Rows.Row permits = rows.only("reformType", REFORM + "separation-of-permits-and-licence");
        assertTrue(permits.bool("quoted"), "以“证照分离”改革为抓手");
        assertEquals(1, permits.integer("cities"));
        assertEquals(14, rows.where(r -> r.bool("candidate")).size());
    }

    @Test
    void theDiffusionTimelineOrdersCitiesByYear() {
        Rows rows = SeedGraph.select("reform-diffusion-timeline");
        assertEquals(135, rows.size(), "one row per city of each of the 57 cross-city reform types");
        List<Rows.Row> doubleRandom = rows.where(r -> r.get("reformType").equals(REFORM + "double-random-one-public"));
        assertEquals(List.of("上海市", "厦门市", "广州市", "武汉市"), doubleRandom.stream().map(r -> r.get("cityLabel")).toList());
        assertEquals(List.of(1, 2, 3, 3), doubleRandom.stream().map(r -> r.integer("place")).toList(),
                "Guangzhou and Wuhan both in 2023: they share a place");
    }

    @Test
    void aTimelineOfNoCrossCityReformTypeIsEmptyNotAnError() {
        // No reform type is in plans of 10 cities. Written with the reform types first, Jena's hash join closed the
        // timeline's unstarted OPTIONAL join when the reform types came back empty, and failed with a
        // NullPointerException (MultiHashProbeTable.clear) instead of answering nothing.
        assertEquals(0, SeedGraph.select("reform-diffusion-timeline", Map.of("minCities", "10")).size());
        assertEquals(135, SeedGraph.select("reform-diffusion-timeline", Map.of("minCities", "2")).size());
    }

    @Test
    void quotedAndUnquotedMentionsShowWhichReformsTravelledAsBrands() {
        Rows rows = SeedGraph.select("reform-mentions-quoted-vs-unquoted");
        Rows.Row fairCompetition = rows.only("reformType", REFORM + "fair-competition-review");
        assertEquals(0, fairCompetition.integer("quoted"));
        assertEquals(3, fairCompetition.integer("citiesUnquoted"));
        Rows.Row singleWindow = rows.only("reformType", REFORM + "single-window");
        assertEquals(4, singleWindow.integer("citiesQuoted"), "国际贸易“单一窗口” is quoted everywhere");
        assertEquals(0, singleWindow.integer("unquoted"));
        Rows.Row noRepayment = rows.only("reformType", REFORM + "loan-renewal-without-principal-repayment");
        assertEquals(1, noRepayment.integer("citiesQuoted"), "Wuhan quotes “无还本续贷”");
        assertEquals(1, noRepayment.integer("citiesUnquoted"), "Xiamen writes it plainly");
        assertTrue(rows.all().stream().noneMatch(r -> r.get("reformType").contains("/candidate/")));
    }

    @Test
    void candidateReformTypesAreQuotedTermsOfOneCityEach() {
        Rows rows = SeedGraph.select("candidate-reform-types");
        assertEquals(178, rows.size());
        assertTrue(rows.column("cities").stream().allMatch("1"::equals));
        Rows.Row reviewLink = rows.only("label", "审管联动");
        assertEquals("dongxihu-2025 wuhan-2023", reviewLink.get("plans"), "a district plan counts for its city");
    }
}
