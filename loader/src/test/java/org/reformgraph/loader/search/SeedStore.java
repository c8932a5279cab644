package org.reformgraph.loader.search;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;

/** The five seed plans loaded once per test run into an in-memory TDB2 dataset, as {@code reformgraph load seeds/} does. */
final class SeedStore {
    private SeedStore() {
    }

    static Dataset get() {
        return Holder.DATASET;
    }

    private static final class Holder {
        static final Dataset DATASET = load();
    }

    private static Dataset load() {
        Dataset dataset = TDB2Factory.createDataset();
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, seeds(), report -> { });
        return dataset;
    }

    static Path seeds() {
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
