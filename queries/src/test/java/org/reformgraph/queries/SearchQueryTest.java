package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.search.ChineseAnalyzer;
import org.reformgraph.loader.search.SearchIndex;

/** search-measures: full-text search through text:query, on the seeds with their index registered as the server does. */
class SearchQueryTest {
    @BeforeAll
    static void indexTheSeeds() {
        SearchIndex index = SearchIndex.inMemory(ChineseAnalyzer.DEFAULT);
        index.sync(SeedGraph.dataset().asDatasetGraph());
        index.register(SeedGraph.dataset().asDatasetGraph());
    }

    @Test
    void findsTheMeasuresThatNameAReformBestFirst() {
        Rows rows = SeedGraph.select("search-measures", Map.of("q", "带押过户"));
        assertEquals(List.of(SeedGraph.ID + "plan/wuhan-2023/2.2.7", SeedGraph.ID + "plan/xiamen-2022/s3.2").stream().sorted()
                .toList(), rows.column("measure").stream().sorted().toList(), rows.toString());
        assertEquals(java.util.Set.of("武汉市", "厦门市"), java.util.Set.copyOf(rows.column("cityLabel")), rows.toString());
    }

    @Test
    void traditionalCharactersAndScatteredWordsAreFound() {
        Rows traditional = SeedGraph.select("search-measures", Map.of("q", "證照分離"));
        assertEquals(List.of(SeedGraph.ID + "plan/shanghai-2017/3.2", SeedGraph.ID + "plan/shanghai-2017/5.1"),
                traditional.column("measure").stream().sorted().toList(), traditional.toString());
        Rows scattered = SeedGraph.select("search-measures", Map.of("q", "企业开办"));
        assertTrue(scattered.column("measure").contains(SeedGraph.ID + "plan/guangzhou-2023/3.22"),
                "开办企业 has both words: " + scattered);
        assertTrue(scattered.column("measure").indexOf(SeedGraph.ID + "plan/guangzhou-2023/3.22")
                >= scattered.column("measure").indexOf(SeedGraph.ID + "plan/wuhan-2023/2.1.2"), "the phrase ranks first");
    }
}
