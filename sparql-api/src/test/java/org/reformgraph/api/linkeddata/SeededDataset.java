package org.reformgraph.api.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The five seeds loaded into a TDB2 folder of their own, as {@code serve} does on first start. */
@TestConfiguration(proxyBeanMethods = false)
public class SeededDataset {
    /** The folder of the database, for tests that run the command line on it. */
    public static Path db;

    @Bean
    public Dataset dataset() throws IOException {
        Path folder = Files.createTempDirectory("reformgraph-seeded-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // left for the system's temporary-file cleaning
            }
        }));
        db = folder.resolve("tdb2");
        Dataset dataset = TDB2Factory.connectDataset(db.toString());
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, seeds(), report -> { });
        return dataset;
    }

    public static Path seeds() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new UncheckedIOException(new IOException("cannot find the seeds folder: set -Dreformgraph.seeds"));
    }
}
