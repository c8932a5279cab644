package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.RG;

/** Searching the seeds: ranking, grouping, labels, snippets, filters, and what is refused. */
class SearcherTest {
    private static SearchIndex index;

    @BeforeAll
    static void indexTheSeeds() {
        index = SearchIndex.inMemory(ChineseAnalyzer.DEFAULT);
        index.sync(SeedStore.get().asDatasetGraph());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(String q, int limit, int offset, String plan, Kind type) {
        return index.searcher().search(new SearchRequest(q, limit, offset, plan, type));
    }

    @Test
    void snippetsMarkTheWordsAndEscapeTheRest() {
        SearchResults results = search("带押过户", 20, 0, null, Kind.Measure);
        assertEquals(2, results.total());
        SearchHit hit = results.hits().get(0);
        assertTrue(hit.snippet().contains("<em>带押过户</em>"), hit.snippet());
        String withoutEm = hit.snippet().replace("<em>", "").replace("</em>", "");
        assertTrue(!withoutEm.contains("<") && !withoutEm.contains(">"), hit.snippet());
        assertEquals("Measure", hit.type());
        assertTrue(hit.plan().startsWith(RG.DEFAULT_BASE + "plan/"), hit.plan());
    }

    @Test
    void aMeasureFoundByTitleAndTextIsOneHitLabelledWithItsTitle() {
        SearchResults results = search("办理破产", 20, 0, null, Kind.Measure);
        List<String> iris = results.hits().stream().map(SearchHit::iri).toList();
        assertEquals(iris.stream().distinct().count(), iris.size(), "one hit per resource: " + iris);
        SearchHit wuhan = results.hits().stream().filter(h -> h.iri().endsWith("wuhan-2023/2.10.30")).findFirst().orElseThrow();
        assertEquals("提升办理破产效率", wuhan.label());
    }

    @Test
    void exactPhrasesRankAboveScatteredWords() {
        List<SearchHit> hits = search("跨境贸易", 20, 0, null, Kind.Measure).hits();
        assertTrue(hits.size() > 3, "the words 跨境 and 贸易 apart find more measures: " + hits.size());
        for (SearchHit hit : hits.subList(0, 3)) {
            assertTrue(hit.snippet().contains("<em>跨境贸易</em>"), "the phrase first: " + hit.snippet());
        }
    }

    @Test
    void filtersByPlanAndByType() {
        String wuhan = RG.DEFAULT_BASE + "plan/wuhan-2023";
        SearchResults inWuhan = search("一网通办", 20, 0, wuhan, null);
        assertTrue(inWuhan.total() > 0);
        assertTrue(inWuhan.hits().stream().allMatch(h -> wuhan.equals(h.plan())), inWuhan.toString());
        SearchResults agencies = search("发展和改革委员会", 20, 0, null, Kind.Agency);
        assertTrue(agencies.total() > 0);
        assertTrue(agencies.hits().stream().allMatch(h -> h.type().equals("Agency")), agencies.toString());
    }

    @Test
    void pagesTheHits() {
        SearchResults all = search("单一窗口", 200, 0, null, null);
        SearchResults second = search("单一窗口", 2, 2, null, null);
        assertEquals(all.total(), second.total());
        assertEquals(all.hits().subList(2, 4), second.hits());
    }

    @Test
    void refusesEmptyOrTooLongText() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("  "));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("改".repeat(SearchRequest.MAX_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("改革", 201, 0, null, null));
    }

    @Test
    void luceneSyntaxItCannotParseIsSearchedAsText() {
        SearchResults results = search("带押过户 AND (", 20, 0, null, null);
        assertEquals(0, results.total());
    }
}
