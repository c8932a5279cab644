package org.reformgraph.loader.store;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.reformgraph.ontology.OntologyResources;

/**
 * The ontology, its concept schemes and the shapes as the ontology module ships them. Read once; callers get copies,
 * so nobody can change what the next load stores.
 */
public final class ShippedOntology implements OntologySource {
    private static final ShippedOntology INSTANCE = new ShippedOntology();

    private final Model vocabulary = OntologyResources.vocabulary();
    private final Model shapes = OntologyResources.shapesModel();

    private ShippedOntology() {
    }

    public static ShippedOntology get() {
        return INSTANCE;
    }

    @Override
    public Model ontology() {
        return copy(vocabulary);
    }

    @Override
    public Model shapes() {
        return copy(shapes);
    }

    private static Model copy(Model model) {
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
    }
}
