package org.reformgraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology, its concept schemes and the SHACL shapes, as shipped on the classpath in this jar. Every call parses
 * afresh and returns a new model the caller may change; the files are small.
 */
public final class OntologyResources {
    /** The ontology's IRI, which is also the named graph the store keeps the ontology and its schemes in. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/reformgraph/ontology";
    public static final String GRAPH_IRI = ONTOLOGY_IRI;
    public static final String VERSION = "0.1.0";
    public static final String VERSION_IRI = ONTOLOGY_IRI + "/" + VERSION;

    /** Classpath folder of every resource named below. */
    public static final String FOLDER = "org/reformgraph/ontology/";
    public static final String ONTOLOGY = "ontology.ttl";
    public static final String SHAPES = "shapes.ttl";
    /**
     * The concept schemes that go into the ontology graph next to the ontology, loaded when present (they are
     * written by different people at different times). A scheme file that is not named here is not loaded; a test
     * fails if one sits in the folder unlisted.
     */
    public static final List<String> SCHEMES = List.of("agency-types.ttl", "topics-bready.ttl", "topics-cn.ttl",
            "reform-types.ttl");

    private OntologyResources() {
    }

    /** The OWL ontology alone. */
    public static Model ontology() {
        return parse(ONTOLOGY);
    }

    /** The SHACL shapes graph as RDF. */
    public static Model shapesModel() {
        return parse(SHAPES);
    }

    /** The SHACL shapes, parsed for validation; fails if they are not well-formed SHACL. */
    public static Shapes shapes() {
        try {
            return Shapes.parse(shapesModel().getGraph());
        } catch (RuntimeException e) {
            throw new OntologyResourceException("SHACL shapes " + FOLDER + SHAPES + " are not valid SHACL: "
                    + e.getMessage(), e);
        }
    }

    /** The names in {@link #SCHEMES} that this classpath actually has. */
    public static List<String> presentSchemes() {
        List<String> present = new ArrayList<>();
        for (String name : SCHEMES) {
            if (exists(name)) {
                present.add(name);
            }
        }
        return List.copyOf(present);
    }

    /** Every present concept scheme, merged. */
    public static Model schemes() {
        Model all = ModelFactory.createDefaultModel();
        for (String name : presentSchemes()) {
            all.add(parse(name));
        }
        return all;
    }

    /** What the store puts in the graph {@link #GRAPH_IRI}: the ontology and every present concept scheme. */
    public static Model vocabulary() {
        Model all = ontology();
        all.add(schemes());
        return all;
    }

    /** Parses one resource of {@link #FOLDER} as Turtle, or fails naming the resource and the parser's complaint. */
    public static Model parse(String name) {
        String resource = FOLDER + name;
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new OntologyResourceException("resource " + resource + " is missing from the classpath "
                        + "(is the reformgraph-ontology jar on it, and was it built with its resources?)");
            }
            Model model = ModelFactory.createDefaultModel();
            // strict: a warning (a bad IRI, a literal not of its datatype) in a shipped file is a bug, not noise
            RDFParser.source(in).lang(Lang.TURTLE).base(ONTOLOGY_IRI)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
            return model;
        } catch (RiotException e) {
            throw new OntologyResourceException("resource " + resource + " is not valid Turtle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OntologyResourceException("resource " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean exists(String name) {
        return OntologyResources.class.getClassLoader().getResource(FOLDER + name) != null;
    }

    private static InputStream open(String name) {
        return OntologyResources.class.getClassLoader().getResourceAsStream(FOLDER + name);
    }
}
