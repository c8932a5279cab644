package org.reformgraph.api.search;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.loader.search.ChineseAnalyzer;
import org.reformgraph.loader.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The full-text index of the served dataset: for a TDB2 dataset on disk, {@code <db>/text-index/}; for one in memory
 * (tests), an index in memory. Absent in remote-store mode, where {@code /api/search} answers 501.
 */
@Configuration
@Conditional(EmbeddedStore.class)
public class SearchConfiguration {
    @Bean(destroyMethod = "close")
    SearchIndexKeeper searchIndexKeeper(Dataset dataset) {
        DatasetGraph graph = dataset.asDatasetGraph();
        Path folder = graph instanceof DatasetGraphSwitchable tdb2 ? tdb2.getContainerPath() : null;
        SearchIndex index = folder != null ? SearchIndex.open(folder) : SearchIndex.inMemory(ChineseAnalyzer.DEFAULT);
        SearchIndexKeeper keeper = new SearchIndexKeeper(index, graph, DataVersion.of(graph));
        keeper.start();
        return keeper;
    }
}
