package org.reformgraph.api.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
    SearchIndexKeeper searchIndexKeeper(Dataset dataset, MeterRegistry meters) {
        DatasetGraph graph = dataset.asDatasetGraph();
        Path folder = graph instanceof DatasetGraphSwitchable tdb2 ? tdb2.getContainerPath() : null;
        SearchIndex index = folder != null ? SearchIndex.open(folder) : SearchIndex.inMemory(ChineseAnalyzer.DEFAULT);
        SearchIndexKeeper keeper = new SearchIndexKeeper(index, graph, DataVersion.of(graph));
        // One pass means the index answers for the data as the server found it (a client can wait for this).
        Gauge.builder("reformgraph.search.index.passes", keeper, SearchIndexKeeper::fullPasses)
                .description("full passes of the text index over the dataset since start").register(meters);
        keeper.start();
        return keeper;
    }
}
