package org.reformgraph.loader.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.catalog.PlanMetadata;

/**
 * Runs the whole pipeline for a plan and stores the result: read, clean, outline, attribute, resolve, emit, store.
 * Each plan is stored in one write transaction that replaces that plan's graph and nothing else.
 */
public final class PlanLoader {
    /** @param base the IRI that resources are minted under, ending in {@code /} or {@code #} */
    public PlanLoader(String base) {
        throw new UnsupportedOperationException("to be implemented by the pipeline");
    }

    public LoadReport load(Dataset dataset, PlanMetadata plan, Path file) {
        throw new UnsupportedOperationException("to be implemented by the pipeline");
    }

    /** For text that did not come from a file on disk (an HTTP upload). */
    public LoadReport load(Dataset dataset, PlanMetadata plan, String fileName, byte[] bytes) {
        throw new UnsupportedOperationException("to be implemented by the pipeline");
    }

    /**
     * Loads every plan of a folder that holds a {@code catalog.ttl}: the catalog graph first, then each plan.
     * {@code progress} hears of each plan as it is done.
     */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, Consumer<LoadReport> progress) {
        throw new UnsupportedOperationException("to be implemented by the pipeline");
    }
}
