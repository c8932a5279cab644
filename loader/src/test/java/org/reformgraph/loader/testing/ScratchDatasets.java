package org.reformgraph.loader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.ontology.RG;

/**
 * TDB2 datasets for tests, in folders of their own that are removed when the JVM exits.
 *
 * <p>Not {@code TDB2Factory.createDataset()}: Jena's in-memory TDB2 copies a block by moving the shared buffer's
 * position and limit ({@code BlockAccessMem.read} → {@code Block.replicate}) without a lock, so a write transaction
 * beside concurrent readers can fail with {@code IllegalArgumentException: newPosition < 0}. The server always runs
 * on a TDB2 folder (memory-mapped blocks, duplicated per reader), so tests that read while writing use one too.
 */
public final class ScratchDatasets {
    private ScratchDatasets() {
    }

    /** An empty TDB2 dataset in a new temporary folder. */
    public static Dataset tdb2() {
        Path folder;
        try {
            folder = Files.createTempDirectory("reformgraph-test-tdb2-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for a test dataset", e);
        }
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dataset, folder), "remove " + folder));
        return dataset;
    }

    /** A new TDB2 dataset with the five seed plans loaded as {@code reformgraph load seeds/} loads them. */
    public static Dataset withSeeds() {
        Dataset dataset = tdb2();
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, Seeds.folder(), report -> { });
        return dataset;
    }

    private static void remove(Dataset dataset, Path folder) {
        try {
            TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            // already closed or expelled by the test: the files are still ours to remove
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a finished run for
        }
    }
}
