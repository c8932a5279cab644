package org.reformgraph.api.named;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.beans.factory.ObjectProvider;
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

    /** A {@link DataVersion} bean (a remote store's) replaces the local dataset's transaction count. */
    @Bean
    ResultCache resultCache(Dataset dataset, ObjectProvider<DataVersion> version) {
        return new ResultCache(version.getIfAvailable(() -> DataVersion.of(dataset.asDatasetGraph())), CACHED_ANSWERS,
                LARGEST_CACHED_ANSWER);
    }

    /** A {@link QuerySource} bean (a remote store) replaces the local dataset. */
    @Bean
    NamedQueryRunner namedQueryRunner(Dataset dataset, ObjectProvider<QuerySource> source,
                                      ReformgraphProperties properties, ResultCache cache, MeterRegistry meters) {
        return new NamedQueryRunner(source.getIfAvailable(() -> QuerySource.of(dataset)), properties.queryTimeout(),
                properties.maxResults(), cache, meters);
    }
}
