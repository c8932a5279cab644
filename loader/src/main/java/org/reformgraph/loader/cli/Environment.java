package org.reformgraph.loader.cli;

import java.util.function.Supplier;
import org.reformgraph.loader.attribute.Attributor;
import org.reformgraph.loader.pipeline.Stages;
import org.reformgraph.loader.store.OntologySource;

/**
 * What the commands build on: the pipeline's stages (only {@code load} needs them, and they are costly to set up, so
 * they are made on demand) and the ontology with its shapes. {@code warmUp} loads what the stages would otherwise
 * load on first use (HanLP's models): a load runs it in the background once the stages are built, while it reads
 * the plans for their quoted terms, which needs no segmentation.
 */
public record Environment(Supplier<Stages> stages, Supplier<OntologySource> ontology, Runnable warmUp) {

    /** Stages with nothing to load ahead. */
    public Environment(Supplier<Stages> stages, Supplier<OntologySource> ontology) {
        this(stages, ontology, () -> { });
    }

    public static Environment standard() {
        return new Environment(Stages::standard, Stages::standardOntology, Attributor::loadModels);
    }
}
