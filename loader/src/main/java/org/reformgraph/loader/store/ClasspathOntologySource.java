package org.reformgraph.loader.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology, schemes and shapes as Turtle resources on the classpath, where the ontology module's jar puts them.
 * Read once; callers get copies, so nobody can change what the next load stores. It reads the same files as the
 * ontology module's {@code OntologyResources.vocabulary()} and {@code shapesModel()}, which can replace it.
 */
public final class ClasspathOntologySource implements OntologySource {
    /** The folder of the ontology module's resources. */
    public static final String FOLDER = "org/reformgraph/ontology/";
    private static final List<String> REQUIRED = List.of("ontology.ttl");
    // the concept schemes, stored whenever they are shipped (the same list as OntologyResources.SCHEMES)
    private static final List<String> OPTIONAL = List.of("agency-types.ttl", "topics-bready.ttl", "topics-cn.ttl", "reform-types.ttl");
    private static final String SHAPES = "shapes.ttl";

    private final Model ontology;
    private final Model shapes;

    public ClasspathOntologySource(List<String> ontologyResources, String shapesResource) {
        this.ontology = ModelFactory.createDefaultModel();
        for (String resource : ontologyResources) {
            ontology.add(read(resource));
        }
        this.shapes = read(shapesResource);
    }

    /** What the ontology module ships under {@link #FOLDER}. */
    public static ClasspathOntologySource shipped() {
        List<String> resources = new java.util.ArrayList<>();
        REQUIRED.forEach(name -> resources.add(FOLDER + name));
        OPTIONAL.stream().map(name -> FOLDER + name).filter(ClasspathOntologySource::exists).forEach(resources::add);
        return new ClasspathOntologySource(resources, FOLDER + SHAPES);
    }

    @Override
    public Model ontology() {
        return ModelFactory.createDefaultModel().add(ontology).setNsPrefixes(ontology.getNsPrefixMap());
    }

    @Override
    public Model shapes() {
        return ModelFactory.createDefaultModel().add(shapes).setNsPrefixes(shapes.getNsPrefixMap());
    }

    private static boolean exists(String resource) {
        return loader().getResource(resource) != null;
    }

    private static Model read(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = loader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing: is the ontology module's jar on the classpath?");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/reformgraph/").parse(model);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + resource, e);
        }
        return model;
    }

    private static ClassLoader loader() {
        return ClasspathOntologySource.class.getClassLoader();
    }
}
