package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agencies across the five seeds, loaded end to end and read with SPARQL: every body has a kind, one IRI however it
 * is written, and the same kind of department lines up across cities and levels. Expectations come from the texts.
 */
@Tag("end-to-end")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAgencyTypesTest {
    @TempDir
    static Path db;
    LoadedSeeds seeds;

    @BeforeAll
    void load() {
        seeds = LoadedSeeds.into(db);
    }

    @AfterAll
    void close() {
        seeds.close();
    }

    @Test
    void everyAgencyAttributedOrMentionedHasAType() {
        List<String> untyped = seeds.column("""
                SELECT DISTINCT ?label WHERE { ?a a rg:Agency ; skos:prefLabel ?label .
                  FILTER NOT EXISTS { ?a rg:agencyType ?type } } ORDER BY ?label""", "label");
        assertEquals(List.of(), untyped);
        assertTrue(agencyCount() > 100, "the seeds name well over a hundred bodies: " + agencyCount());
    }

    @Test
    void oneBodyHasOneIriAndOneName() {
        List<Map<String, String>> shared = seeds.select("""
                SELECT ?j ?label (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rg:Agency ; skos:prefLabel ?label ; rg:jurisdiction ?j }
                GROUP BY ?j ?label HAVING (COUNT(DISTINCT ?a) > 1)""");
        assertEquals(List.of(), shared, "two agencies of one jurisdiction share a name");
        List<Map<String, String>> twoNames = seeds.select("""
                SELECT ?a (COUNT(DISTINCT ?label) AS ?n) WHERE { ?a a rg:Agency ; skos:prefLabel ?label }
                GROUP BY ?a HAVING (COUNT(DISTINCT ?label) > 1)""");
        assertEquals(List.of(), twoNames, "plans disagree on an agency's name");
    }

    @Test
    void aMergedBureauCarriesEachKind() {
        Set<String> types = types("东西湖区", "区经科局");
        assertEquals(2, types.size(), "区经科局 is economy and science-technology: " + types);
    }

    @Test
    void developmentAndReformIsOneKindAtCityAndDistrictLevel() {
        Set<String> wuhan = types("武汉市", "市发改委");
        assertEquals(1, wuhan.size(), wuhan.toString());
        assertEquals(wuhan, types("东西湖区", "区发改局"));
        assertEquals(wuhan, types("广州市", "市发展改革委"));
    }

    @Test
    void governmentServicesIsOneKindUnderThreeNames() {
        Set<String> wuhan = types("武汉市", "市政务服务大数据局");
        assertEquals(1, wuhan.size(), wuhan.toString());
        assertEquals(wuhan, types("广州市", "市政务服务数据管理局"));
        assertEquals(wuhan, types("东西湖区", "区行政审批局"));
    }

    @Test
    void guangzhousDoubledCharacterNamesTheSameBody() {
        // 002 writes 市政政务服务数据管理局 three times: a typo for 市政务服务数据管理局, kept as a surface form
        List<String> bodies = seeds.column("""
                SELECT DISTINCT ?a WHERE { ?a a rg:Agency ; rg:jurisdiction/rdfs:label "广州市"@zh ;
                  skos:prefLabel|skos:altLabel ?l . FILTER (?l IN ("市政政务服务数据管理局"@zh, "市政务服务数据管理局"@zh)) }""", "a");
        assertEquals(1, bodies.size(), bodies.toString());
        assertEquals(List.of("市政政务服务数据管理局"), seeds.column("""
                SELECT DISTINCT ?l WHERE { <%s> skos:altLabel ?l FILTER (?l = "市政政务服务数据管理局"@zh) }"""
                .formatted(bodies.get(0)), "l"));
    }

    @Test
    void agenciesNamedInsideMeasuresAreMentions() {
        Set<String> shanghai = mentioned("上海市");
        assertTrue(shanghai.contains("市第三中级法院"), "HanLP splits it, the finder must not: " + shanghai);
        for (String notAGovernmentBody : List.of("上海股权托管交易中心", "进口商品直销中心")) {
            for (String city : List.of("上海市", "厦门市", "广州市", "武汉市")) {
                assertFalse(mentioned(city).stream().anyMatch(l -> l.contains(notAGovernmentBody)),
                        notAGovernmentBody + " in " + city + ": " + mentioned(city));
            }
        }
        Set<String> xiamen = mentioned("厦门市");
        assertFalse(xiamen.isEmpty(), "Xiamen attributes nothing but names agencies in its measures");
    }

    private long agencyCount() {
        return Long.parseLong(seeds.column("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a rg:Agency }", "n").get(0));
    }

    /** The agency types of the agency that {@code surface} names in a plan of this jurisdiction. */
    private Set<String> types(String jurisdiction, String surface) {
        List<String> agencies = seeds.column("""
                SELECT DISTINCT ?a WHERE { ?a a rg:Agency ; rg:jurisdiction/rdfs:label "%s"@zh ;
                  skos:prefLabel|skos:altLabel "%s"@zh }""".formatted(jurisdiction, surface), "a");
        assertEquals(1, agencies.size(), surface + " in " + jurisdiction + ": " + agencies);
        return new TreeSet<>(seeds.column("SELECT ?t WHERE { <" + agencies.get(0) + "> rg:agencyType ?t }", "t"));
    }

    /** Surface forms of the agencies mentioned in the measures of the plans of a city (its districts included). */
    private Set<String> mentioned(String city) {
        return new TreeSet<>(seeds.column("""
                SELECT DISTINCT ?surface WHERE { ?plan a rg:Plan ; rg:jurisdiction/rg:city/rdfs:label "%s"@zh .
                  ?m rg:plan ?plan . ?mention a rg:AgencyMention ; rg:measure ?m ; rg:surfaceForm ?surface }"""
                .formatted(city), "surface"));
    }
}
