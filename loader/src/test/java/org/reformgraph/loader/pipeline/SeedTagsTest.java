package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topics, reform types and targets of the five seeds, loaded end to end (both tagging passes of a folder load) and
 * read back with SPARQL. Every fact that crosses cities is checked against the words of the files it points to.
 */
@Tag("end-to-end")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedTagsTest {
    @TempDir
    static Path db;
    LoadedSeeds seeds;
    /** Each seed file's text as code points, by file name. */
    final Map<String, int[]> files = new HashMap<>();

    @BeforeAll
    void load() {
        seeds = LoadedSeeds.into(db);
    }

    @AfterAll
    void close() {
        seeds.close();
    }

    @Test
    void everyMeasureOfEverySeedHasATopic() {
        List<String> without = seeds.column("""
                SELECT ?m WHERE { ?m a rg:Measure . FILTER NOT EXISTS { ?m rg:topic ?t } }""", "m");
        assertEquals(List.of(), without);
        assertEquals(Set.of("wuhan-2023", "xiamen-2022", "guangzhou-2023", "shanghai-2017", "dongxihu-2025"),
                new TreeSet<>(seeds.column("""
                        SELECT DISTINCT ?id WHERE { ?m rg:topic ?t ; rg:plan ?p . BIND (REPLACE(STR(?p), "^.*/", "") AS ?id) }""",
                        "id")));
    }

    @Test
    void wuhansMarketEntrySectionGivesItsMeasuresBusinessEntry() {
        List<Map<String, String>> rows = seeds.select("""
                SELECT ?m ?basis ?confidence WHERE {
                  ?plan a rg:Plan ; rg:jurisdiction/rdfs:label "武汉市"@zh .
                  ?section rg:plan ?plan ; dct:title ?heading . FILTER (CONTAINS(STR(?heading), "市场准入退出"))
                  ?m a rg:Measure ; rg:section ?section .
                  OPTIONAL { ?a a rg:TopicAssignment ; rg:measure ?m ; rg:topic bready:business-entry ;
                             rg:basis ?basis ; rg:confidence ?confidence }
                }""");
        assertEquals(4, rows.size(), "measures 1.–4. under （一）市场准入退出: " + rows);
        for (Map<String, String> row : rows) {
            assertEquals("https://w3id.org/reformgraph/ontology#FromHeading", row.get("basis"), row.toString());
            assertEquals(0.9, Double.parseDouble(row.get("confidence")), 1e-9, "a parent section's heading: " + row);
        }
    }

    @Test
    void crossCityReformTypesAreManyAndIncludeTheOnesAReaderSees() {
        Map<String, Set<String>> crossCity = crossCity();
        assertTrue(crossCity.size() >= 20, "cross-city reform types: " + crossCity.keySet());
        Set<String> labels = new TreeSet<>();
        crossCity.keySet().forEach(rt -> labels.add(label(rt)));
        for (String expected : List.of("双随机、一公开", "国际贸易单一窗口", "一件事", "信易贷", "公平竞争审查", "市场准入负面清单",
                "带押过户", "无还本续贷", "歇业备案")) {
            assertTrue(labels.contains(expected), expected + " is not cross-city: " + labels);
        }
        String fourCities = seeds.column("SELECT ?rt WHERE { ?rt skos:prefLabel \"双随机、一公开\"@zh }", "rt").get(0);
        assertEquals(Set.of("上海市", "厦门市", "广州市", "武汉市"), crossCity.get(fourCities));
    }

    @Test
    void everyCrossCityOccurrenceIsInTheFileItPointsToAndNamesItsReform() {
        Map<String, Set<String>> crossCity = crossCity();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : seeds.select("""
                SELECT ?rt ?file ?start ?end ?quote WHERE {
                  ?o a rg:ReformTypeOccurrence ; rg:reformType ?rt ; rg:measure/rg:plan ?plan ; rg:evidence ?span .
                  ?span rg:start ?start ; rg:end ?end ; rg:quote ?quote .
                  ?plan prov:wasGeneratedBy/rg:sourceFile ?file }""")) {
            if (!crossCity.containsKey(row.get("rt"))) {
                continue;
            }
            checked++;
            String quote = row.get("quote");
            String inFile = fileText(row.get("file"), Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")));
            if (!inFile.equals(quote)) {
                problems.add(row + " but the file has '" + inFile + "'");
            }
            if (labelsOf(row.get("rt")).stream().noneMatch(l -> bare(quote).contains(bare(l)))) {
                problems.add("'" + quote + "' names none of " + labelsOf(row.get("rt")));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 100, "occurrences checked: " + checked);
    }

    @Test
    void reformsWrittenWithoutQuotesInOneCityAreFoundThere() {
        // Xiamen writes 无还本续贷 and 歇业备案 without quotes; another city quotes or lists them
        for (String label : List.of("无还本续贷", "歇业备案")) {
            List<String> quoted = seeds.column("""
                    SELECT ?quoted WHERE { ?rt skos:prefLabel "%s"@zh . ?o a rg:ReformTypeOccurrence ; rg:reformType ?rt ;
                      rg:quoted ?quoted ; rg:measure/rg:plan/rg:jurisdiction/rdfs:label "厦门市"@zh }""".formatted(label),
                    "quoted");
            assertFalse(quoted.isEmpty(), label + " is not found in Xiamen");
            assertTrue(quoted.contains("false"), label + " is written without quotes in Xiamen: " + quoted);
        }
    }

    @Test
    void everyTargetQuotesTheTextOfItsFile() {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> targets = seeds.select("""
                SELECT ?file ?start ?end ?quote ?value WHERE {
                  ?t a rg:Target ; rg:value ?value ; rg:measure/rg:plan ?plan ; rg:evidence ?span .
                  ?span rg:start ?start ; rg:end ?end ; rg:quote ?quote .
                  ?plan prov:wasGeneratedBy/rg:sourceFile ?file }""");
        for (Map<String, String> row : targets) {
            String inFile = fileText(row.get("file"), Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")));
            String value = row.get("value").replaceAll("\\.0+$", "");
            if (!inFile.equals(row.get("quote")) || !bare(inFile).contains(value)) {
                problems.add(row + " / file: '" + inFile + "'");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(targets.size() > 50, "targets: " + targets.size());
    }

    @Test
    void wuhansHalfDayAndDongxihusAtLeastFiftyEvents() {
        List<Map<String, String>> halfDay = seeds.select("""
                SELECT ?comparator ?quote WHERE {
                  ?t a rg:Target ; rg:value ?value ; rg:unit "天" ; rg:comparator ?comparator ; rg:evidence/rg:quote ?quote ;
                     rg:measure/rg:plan/rg:jurisdiction/rdfs:label "武汉市"@zh . FILTER (?value = 0.5) }""");
        assertEquals(1, halfDay.size(), halfDay.toString());
        assertEquals("0.5天", halfDay.get(0).get("quote"));
        List<Map<String, String>> events = seeds.select("""
                SELECT ?quote ?deadline WHERE {
                  ?t a rg:Target ; rg:value ?value ; rg:unit "场" ; rg:comparator ">=" ; rg:evidence/rg:quote ?quote ;
                     rg:measure/rg:plan/rg:jurisdiction/rdfs:label "东西湖区"@zh . FILTER (?value = 50) }""");
        assertFalse(events.isEmpty(), "全年组织开展各类银企对接会不少于50场");
        events.forEach(row -> assertTrue(bare(row.get("quote")).startsWith("不少于50"), row.toString()));
    }

    /** Reform types with occurrences in plans of at least two cities, with those cities' names. */
    private Map<String, Set<String>> crossCity() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map<String, String> row : seeds.select("""
                SELECT DISTINCT ?rt ?city WHERE {
                  ?o a rg:ReformTypeOccurrence ; rg:reformType ?rt ; rg:measure/rg:plan/rg:jurisdiction/rg:city ?c .
                  ?c rdfs:label ?city .
                  { SELECT ?rt WHERE {
                      ?o2 a rg:ReformTypeOccurrence ; rg:reformType ?rt ; rg:measure/rg:plan/rg:jurisdiction/rg:city ?c2 }
                    GROUP BY ?rt HAVING (COUNT(DISTINCT ?c2) >= 2) } }""")) {
            out.computeIfAbsent(row.get("rt"), k -> new TreeSet<>()).add(row.get("city"));
        }
        return out;
    }

    private String label(String reformType) {
        return seeds.column("SELECT ?l WHERE { <" + reformType + "> skos:prefLabel ?l FILTER (LANG(?l) = \"zh\") }", "l").get(0);
    }

    private List<String> labelsOf(String reformType) {
        return seeds.column("SELECT DISTINCT ?l WHERE { <" + reformType + "> skos:prefLabel|skos:altLabel ?l "
                + "FILTER (LANG(?l) = \"zh\") }", "l");
    }

    /** Text compared modulo enumeration commas, spaces and line breaks, and quotation marks. */
    private static String bare(String s) {
        return s.replaceAll("[、\\s“”\"‘’'「」『』]", "");
    }

    private String fileText(String file, int start, int end) {
        int[] codePoints = files.computeIfAbsent(file, f -> LoadedSeeds.seedText(f).codePoints().toArray());
        return new String(codePoints, start, end - start);
    }
}
