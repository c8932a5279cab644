package org.reformgraph.loader.store;

import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.emit.IriMinter;

/**
 * Loads plans into a remote store. The pipeline writes into a local in-memory staging dataset exactly as it writes
 * into TDB2 (same validation, same catalog bookkeeping); each plan graph is then sent to the store with one Graph
 * Store Protocol PUT, followed by the catalog graph and, once per load, the ontology graph. Loading the same plans
 * twice leaves the store as one load would (up to the load runs' timestamps).
 *
 * <p>The catalog graph is read from the store when the load starts and written back whole after each plan: two
 * loaders writing to one store at the same time can lose each other's catalog entries, so load one at a time.
 */
public final class RemoteLoad {
    private final RemoteGraphStore store;
    private final String catalogGraph;
    private final Dataset staging = DatasetFactory.createTxnMem();
    private boolean ontologySent;

    public RemoteLoad(RemoteGraphStore store, IriMinter iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalogGraph = iris.catalogGraph();
        Model catalog = store.read(catalogGraph).orElseGet(ModelFactory::createDefaultModel);
        Txn.executeWrite(staging, () -> staging.addNamedModel(catalogGraph, catalog));
    }

    /** Where the pipeline writes: a local dataset that starts with the store's catalog graph. */
    public Dataset staging() {
        return staging;
    }

    /**
     * Sends one plan's graph, then the catalog (and the ontology the first time) to the store; the plan graph is then
     * dropped from the staging dataset, so a long load does not hold every plan in memory.
     */
    public void publish(String graphIri) {
        Model plan = copy(graphIri);
        if (plan.isEmpty()) {
            throw new IllegalStateException("the staging dataset has no graph <" + graphIri + "> to send");
        }
        store.replace(graphIri, plan);
        store.replace(catalogGraph, copy(catalogGraph));
        if (!ontologySent) {
            Model ontology = copy(IriMinter.ONTOLOGY_GRAPH);
            if (!ontology.isEmpty()) {
                store.replace(IriMinter.ONTOLOGY_GRAPH, ontology);
                ontologySent = true;
            }
        }
        Txn.executeWrite(staging, () -> staging.removeNamedModel(graphIri));
    }

    private Model copy(String graphIri) {
        return Txn.calculateRead(staging, () -> {
            Model stored = staging.getNamedModel(graphIri);
            return ModelFactory.createDefaultModel().add(stored).setNsPrefixes(stored.getNsPrefixMap());
        });
    }
}
