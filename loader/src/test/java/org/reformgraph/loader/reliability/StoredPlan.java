package org.reformgraph.loader.reliability;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.ShippedOntology;
import org.reformgraph.ontology.RG;

/**
 * A plan as the loader stored it: its graph and its catalog entry, copied out of a dataset so that a test can write it
 * again through the store (the store stage of a re-load) without analysing the text again.
 */
record StoredPlan(String graphIri, Model graph, String planIri, Model entry) {
    static StoredPlan read(Dataset dataset, String planId) {
        String graphIri = RG.DEFAULT_BASE + "graph/" + planId;
        String planIri = RG.DEFAULT_BASE + "plan/" + planId;
        return Txn.calculateRead(dataset, () -> {
            Model graph = ModelFactory.createDefaultModel().add(dataset.getNamedModel(graphIri));
            Model catalog = dataset.getNamedModel(RG.DEFAULT_BASE + "graph/catalog");
            Model entry = ModelFactory.createDefaultModel();
            catalog.listStatements().forEachRemaining(s -> {
                String subject = s.getSubject().isURIResource() ? s.getSubject().getURI() : "";
                if (subject.equals(planIri) || subject.startsWith(planIri + "/")) {
                    entry.add(s);
                }
            });
            return new StoredPlan(graphIri, graph, planIri, entry);
        });
    }

    /** The same plan with half of its graph's triples: different content under the same names. */
    StoredPlan firstHalf() {
        Model half = ModelFactory.createDefaultModel();
        graph.listStatements().toList().stream().limit(graph.size() / 2).forEach(half::add);
        return new StoredPlan(graphIri, half, planIri, entry);
    }

    /** A store on {@code dataset} as a load's store stage uses it. */
    static PlanStore storeOn(Dataset dataset) {
        return new PlanStore(dataset, new PlanLoader(RG.DEFAULT_BASE).iris(), ShippedOntology.get());
    }

    /** Writes it in one transaction, replacing what is there, as a load's store stage does. */
    void writeInto(PlanStore store) {
        store.replacePlan(graphIri, graph, planIri, entry);
    }
}
