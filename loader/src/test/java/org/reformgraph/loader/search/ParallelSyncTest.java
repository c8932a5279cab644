package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** A pass on several threads, each in its own read, indexes exactly what one pass inside the caller's transaction does. */
class ParallelSyncTest {
    private static final List<String> QUERIES = List.of("带押过户", "证照分离", "一网通办", "市场监督管理局", "营商环境");

    @Test
    void threadsChangeNothingButTheTime() {
        assertTrue(IndexSync.THREADS >= 2 || Runtime.getRuntime().availableProcessors() < 2, "several threads where there are cores");
        DatasetGraph seeds = SeedStore.get().asDatasetGraph();
        try (SearchIndex parallel = SearchIndex.inMemory(ChineseAnalyzer.DEFAULT);
             SearchIndex sequential = SearchIndex.inMemory(ChineseAnalyzer.DEFAULT)) {
            IndexSync.Report onThreads = parallel.sync(seeds);
            IndexSync.Report inOneRead = Txn.calculateRead(seeds, () -> sequential.sync(seeds));
            assertEquals(inOneRead.indexed(), onThreads.indexed());
            assertEquals(inOneRead.documents(), onThreads.documents());
            assertTrue(onThreads.indexed() >= 5, "every plan graph: " + onThreads);
            for (String query : QUERIES) {
                SearchResults a = parallel.searcher().search(new SearchRequest(query, 50, 0, null, null));
                SearchResults b = sequential.searcher().search(new SearchRequest(query, 50, 0, null, null));
                assertEquals(b.total(), a.total(), query);
                assertEquals(b.hits().stream().map(SearchHit::iri).toList(), a.hits().stream().map(SearchHit::iri).toList(), query);
            }
            assertEquals(0, parallel.sync(seeds).indexed(), "the fingerprints committed by the threads are all there");
        }
    }
}
