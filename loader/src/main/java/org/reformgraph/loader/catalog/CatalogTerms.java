package org.reformgraph.loader.catalog;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Catalog terms outside the rg: vocabulary. */
final class CatalogTerms {
    static final Resource TEXT_PLAIN = ResourceFactory.createResource("https://www.iana.org/assignments/media-types/text/plain");

    private CatalogTerms() {
    }
}
