package org.reformgraph.api.named;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class NamedQueryConfiguration {
    private static final int CACHED_ANSWERS = 512;
    private static final int LARGEST_CACHED_ANSWER = 4 * 1024 * 1024;

    /** Read at start-up: a broken query file stops the server with a message naming it. */
    @Bean
    QueryLibrary queryLibrary() {
        return QueryLibrary.fromClasspath(NamedQueryConfiguration.class.getClassLoader());
    }

    @Bean
    ResultCache resultCache(Dataset dataset) {
        return new ResultCache(DataVersion.of(dataset.asDatasetGraph()), CACHED_ANSWERS, LARGEST_CACHED_ANSWER);
    }

    @Bean
    NamedQueryRunner namedQueryRunner(Dataset dataset, ReformgraphProperties properties, ResultCache cache,
                                      MeterRegistry meters) {
        return new NamedQueryRunner(dataset, properties.queryTimeout(), properties.maxResults(), cache, meters);
    }
}
