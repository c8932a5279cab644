package org.reformgraph.api.write;

import org.apache.jena.query.Dataset;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.PlanLoader;

/**
 * Loads uploaded plans into the served dataset through the loader, one at a time. The loader's stages are costly to
 * set up (HanLP's dictionaries), so they are made on the first upload rather than at start-up.
 */
public final class PlanUploads {
    private final Dataset dataset;
    private final String base;
    private final Runnable afterLoad;
    private PlanLoader loader;

    public PlanUploads(Dataset dataset, String base) {
        this(dataset, base, () -> { });
    }

    /** {@code afterLoad} runs after each stored plan, before the upload is answered: it brings the text index in step. */
    public PlanUploads(Dataset dataset, String base, Runnable afterLoad) {
        this.dataset = dataset;
        this.base = base;
        this.afterLoad = afterLoad;
    }

    /**
     * Runs the whole pipeline and replaces the plan's graph in one write transaction.
     *
     * @throws org.reformgraph.loader.LoadException for text the loader cannot use; nothing is written then
     */
    public synchronized LoadReport load(PlanMetadata plan, String fileName, byte[] bytes) {
        if (loader == null) {
            loader = new PlanLoader(base);
        }
        LoadReport report = loader.load(dataset, plan, fileName, bytes);
        afterLoad.run();
        return report;
    }
}
