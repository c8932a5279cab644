package org.reformgraph.api.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.reformgraph.ontology.RG;

/** The prefixes of the queries here and of the documents served. */
public final class Prefixes {
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";

    static final String SPARQL = """
            PREFIX rg:   <https://w3id.org/reformgraph/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    private Prefixes() {
    }

    /** Declares the usual prefixes on a model about to be written, the base as {@code id:}. */
    public static Model declare(Model model, String base) {
        model.setNsPrefix("rg", RG.NS);
        model.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        model.setNsPrefix("rdfs", RDFS);
        model.setNsPrefix("owl", OWL);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        model.setNsPrefix("skos", SKOS);
        model.setNsPrefix("dct", DCT);
        model.setNsPrefix("prov", PROV);
        model.setNsPrefix("org", "http://www.w3.org/ns/org#");
        model.setNsPrefix("eli", "http://data.europa.eu/eli/ontology#");
        model.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        model.setNsPrefix("id", base);
        model.setNsPrefix("scheme", RG.SCHEME_NS);
        return model;
    }
}
