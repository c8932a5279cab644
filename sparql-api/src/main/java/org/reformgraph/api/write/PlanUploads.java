package org.reformgraph.api.write;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.PlanLoader;

/**
 * Loads uploaded plans into the served dataset through the loader, one at a time. The loader's stages are costly to
 * set up (HanLP's dictionaries), so they are made on the first upload rather than at start-up.
 */
public final class PlanUploads {
    private final Dataset dataset;
    private final String base;
    private final UploadListener listener;
    private PlanLoader loader;

    public PlanUploads(Dataset dataset, String base) {
        this(dataset, base, UploadListener.NONE);
    }

    /**
     * {@code listener} hears of each load, and before the upload is answered of the IRIs of the graphs it wrote (the
     * plan's, the catalog's and the ontology's, which a load may refresh): the text index is brought in step for those
     * alone.
     */
    public PlanUploads(Dataset dataset, String base, UploadListener listener) {
        this.dataset = dataset;
        this.base = base;
        this.listener = listener;
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
        List<String> written = List.of();
        listener.loading();
        try {
            LoadReport report = loader.load(dataset, plan, fileName, bytes);
            written = List.of(report.graphIri(), loader.iris().catalogGraph(), IriMinter.ONTOLOGY_GRAPH);
            return report;
        } finally {
            listener.loaded(written);
        }
    }
}
