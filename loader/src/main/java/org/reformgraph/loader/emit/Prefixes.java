package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.reformgraph.ontology.RG;

/** The prefixes written graphs use, so that exports read like docs/MODEL.md. */
public final class Prefixes {
    private Prefixes() {
    }

    public static Model declare(Model model, IriMinter iris) {
        model.setNsPrefix("rg", RG.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("agencytype", RG.AGENCY_TYPE_NS);
        model.setNsPrefix("id", iris.base());
        return model;
    }
}
