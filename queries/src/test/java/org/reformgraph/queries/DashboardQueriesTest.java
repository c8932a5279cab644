package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.queries.SeedGraph.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queries written for the dashboard's charts (sparql-api's {@code /}), pinned on the five seeds. */
class DashboardQueriesTest {
    private static final String SCHEME = "https://w3id.org/reformgraph/scheme/";

    @Test
    void plansOverviewGivesLevelCityAndDateNewestFirst() {
        Rows rows = SeedGraph.select("plans-overview");
        assertEquals(5, rows.size());
        assertEquals(id("plan/dongxihu-2025"), rows.row(0).get("plan"), "the 2025 district plan comes first");
        Rows.Row dongxihu = rows.row(0);
        assertEquals("District", dongxihu.get("level"));
        assertEquals("武汉市", dongxihu.get("cityLabel"), "a district's plan counts for its city");
        assertEquals("2025-03-28", dongxihu.get("issued"));
        Rows.Row guangzhou = rows.only("plan", id("plan/guangzhou-2023"));
        assertEquals("City", guangzhou.get("level"));
        assertEquals(39, guangzhou.integer("measures"));
        List<String> years = rows.column("year");
        assertEquals(years.stream().sorted((a, b) -> b.compareTo(a)).toList(), years, "newest first");
    }

    /**
     * The network's edges are the headline question drawn out: market regulation's explicit lead of 公平竞争审查 in
     * Wuhan and Guangzhou, adopted by three cities, is its heaviest edge; 2 keeps only what at least two cities adopt.
     */
    @Test
    void agencyTypeReformTypeNetworkIsWeightedAndFiltersToCrossCityTypes() {
        Rows all = SeedGraph.select("agency-type-reform-type-network");
        Rows crossCity = SeedGraph.select("agency-type-reform-type-network", Map.of("minCities", "2"));
        assertTrue(crossCity.size() > 50 && crossCity.size() < all.size(), crossCity.size() + " of " + all.size());
        assertTrue(crossCity.all().stream().allMatch(r -> r.integer("targetCities") >= 2));
        assertTrue(all.all().stream().anyMatch(r -> r.integer("targetCities") == 1), "single-city types too");
        Rows.Row heaviest = all.row(0);
        assertEquals(SCHEME + "agency-type/market-regulation", heaviest.get("source"));
        assertEquals(SCHEME + "reform-type/fair-competition-review", heaviest.get("target"));
        assertEquals(5, heaviest.integer("weight"));
        assertEquals("市场监督管理局", heaviest.get("sourceLabel"));
        assertEquals("Fair competition review", heaviest.get("targetLabel_en"));
        assertTrue(all.all().stream().allMatch(r -> r.integer("explicitLeads") <= r.integer("weight")));
        // one row per (agency type, reform type): the graph answer's edges are the rows
        assertEquals(all.size(), all.all().stream().map(r -> r.get("source") + " " + r.get("target")).distinct().count());
        // every cross-city type the headline query counts for an agency type is one of its edges here
        Rows headline = SeedGraph.select("cross-city-reform-types-by-lead-agency-type");
        for (Rows.Row type : headline.all()) {
            long edges = crossCity.where(r -> r.get("source").equals(type.get("agencyType"))).size();
            assertEquals(type.integer("crossCityReformTypes"), edges, type.get("agencyType"));
        }
    }

    @Test
    void targetsPerDeadlineByCityAddUpToTargetsByDeadline() {
        Rows counts = SeedGraph.select("targets-per-deadline-by-city");
        int total = counts.all().stream().mapToInt(r -> r.integer("targets")).sum();
        assertEquals(SeedGraph.select("targets-by-deadline").size(), total);
        assertEquals("2023", counts.row(0).get("deadline"));
        assertEquals("广州市", counts.row(0).get("cityLabel"));
        assertEquals(5, counts.row(0).integer("targets"));
        assertFalse(counts.row(counts.size() - 1).bound("deadline"), "undated targets last");
        Rows dated = SeedGraph.select("targets-per-deadline-by-city", Map.of("includeUndated", "false"));
        assertEquals(SeedGraph.select("targets-by-deadline", Map.of("includeUndated", "false")).size(),
                dated.all().stream().mapToInt(r -> r.integer("targets")).sum());
        assertTrue(dated.all().stream().allMatch(r -> r.bound("deadline")));
    }
}
