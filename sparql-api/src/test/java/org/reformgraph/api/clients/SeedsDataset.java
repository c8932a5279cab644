package org.reformgraph.api.clients;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.reformgraph.api.serve.ReformgraphDataset;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** An in-memory TDB2 dataset with the five seed plans loaded by the real loader, as {@code serve} loads them. */
@TestConfiguration(proxyBeanMethods = false)
public class SeedsDataset {
    @Bean
    public Dataset dataset() {
        Dataset dataset = TDB2Factory.createDataset();
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, seeds(), report -> { });
        ReformgraphDataset.configure(dataset, Duration.ofSeconds(30));
        return dataset;
    }

    /** The repository's seeds folder: from surefire's property, or found upwards from the working directory. */
    public static Path seeds() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
    }
}
