package org.reformgraph.loader.cli;

import java.util.function.Supplier;
import org.reformgraph.loader.pipeline.Stages;
import org.reformgraph.loader.store.OntologySource;

/**
 * What the commands build on: the pipeline's stages (only {@code load} needs them, and they are costly to set up, so
 * they are made on demand) and the ontology with its shapes.
 */
public record Environment(Supplier<Stages> stages, Supplier<OntologySource> ontology) {

    public static Environment standard() {
        return new Environment(Stages::standard, Stages::standardOntology);
    }
}
