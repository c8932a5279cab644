package org.reformgraph.loader.store;

import org.apache.jena.rdf.model.Model;

/**
 * Where the ontology, its concept schemes and the SHACL shapes come from. The ontology module ships them
 * ({@code org.reformgraph.ontology.OntologyResources}); the loader only needs these two models, so tests can give
 * small ones.
 */
public interface OntologySource {
    /** The ontology and its concept schemes, as stored in the ontology graph. */
    Model ontology();

    /** The shapes that every plan graph must conform to. */
    Model shapes();
}
