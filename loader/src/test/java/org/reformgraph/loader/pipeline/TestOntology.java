package org.reformgraph.loader.pipeline;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.reformgraph.loader.store.OntologySource;

/** Small ontology and shapes for unit tests (test resources under {@code pipeline/}). */
public record TestOntology(Model ontology, Model shapes) implements OntologySource {

    public static TestOntology standard() {
        return new TestOntology(RDFDataMgr.loadModel("pipeline/ontology.ttl"), RDFDataMgr.loadModel("pipeline/shapes.ttl"));
    }

    public TestOntology withShapes(String turtle) {
        Model extra = ModelFactory.createDefaultModel();
        extra.read(new java.io.StringReader(turtle), null, "TTL");
        return new TestOntology(ontology, extra);
    }

    @Override
    public Model ontology() {
        return ModelFactory.createDefaultModel().add(ontology);
    }

    @Override
    public Model shapes() {
        return ModelFactory.createDefaultModel().add(shapes);
    }
}
