package org.reformgraph.api.clients;

import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.reformgraph.api.serve.ReformgraphDataset;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A TDB2 dataset with the five seed plans loaded by the real loader, as {@code serve} loads them. */
@TestConfiguration(proxyBeanMethods = false)
public class SeedsDataset {
    @Bean
    public Dataset dataset() {
        Dataset dataset = ScratchDatasets.withSeeds();
        ReformgraphDataset.configure(dataset, Duration.ofSeconds(30));
        return dataset;
    }
}
