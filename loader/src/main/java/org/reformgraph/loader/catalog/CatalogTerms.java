package org.reformgraph.loader.catalog;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reformgraph.ontology.RG;

/** Catalog terms that {@link RG} does not (yet) hold as constants. */
final class CatalogTerms {
    /** How a plan's year is known when no date gives it (docs/MODEL.md: "rg:yearNote … in the catalog"). */
    static final Property yearNote = ResourceFactory.createProperty(RG.NS + "yearNote");
    static final Resource TEXT_PLAIN = ResourceFactory.createResource("https://www.iana.org/assignments/media-types/text/plain");

    private CatalogTerms() {
    }
}
