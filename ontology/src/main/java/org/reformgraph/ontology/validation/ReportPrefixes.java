package org.reformgraph.ontology.validation;

import org.apache.jena.shared.PrefixMapping;
import org.reformgraph.ontology.RG;

/** The prefixes results are written with, so that a report reads like docs/MODEL.md. */
final class ReportPrefixes {
    static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("rg", RG.NS)
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .lock();

    private ReportPrefixes() {
    }
}
