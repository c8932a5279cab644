package org.reformgraph.loader.tag;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/** Reads the concept schemes that the ontology module ships as classpath resources. */
final class SchemeFiles {
    static final String REFORM_TYPES = "/org/reformgraph/ontology/reform-types.ttl";
    static final String TOPICS_BREADY = "/org/reformgraph/ontology/topics-bready.ttl";
    static final String TOPICS_CN = "/org/reformgraph/ontology/topics-cn.ttl";

    private SchemeFiles() {
    }

    static Model read(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = SchemeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("concept scheme " + resource + " is not on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/reformgraph/scheme/").parse(model);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException("cannot read concept scheme " + resource + ": " + e.getMessage(), e);
        }
        return model;
    }
}
