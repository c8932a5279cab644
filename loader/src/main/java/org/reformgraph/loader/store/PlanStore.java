package org.reformgraph.loader.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.ontology.RG;

/**
 * Stage 8, store: writes plan graphs into a dataset, one write transaction per change (or per {@link Batch} of plans). A re-load replaces that plan's
 * graph and its catalog entry and nothing else; an exception aborts the transaction, leaving the dataset exactly as it
 * was. The ontology graph is (re)written in the same transaction whenever it is missing or differs from the shipped one.
 */
public final class PlanStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanStore.class);
    private final Dataset dataset;
    private final String catalogGraph;
    private final OntologySource ontology;
    // known to match the shipped ontology since this store last committed a check
    private volatile boolean ontologyCurrent;

    public PlanStore(Dataset dataset, IriMinter iris, OntologySource ontology) {
        this.dataset = dataset;
        this.catalogGraph = iris.catalogGraph();
        this.ontology = ontology;
    }

    /**
     * Opens (creating if needed) the TDB2 dataset in {@code folder}, with the union of all named graphs as its default
     * graph for queries, as the SPARQL endpoint serves it.
     */
    public static Dataset open(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces one plan's graph and its catalog entry, in one transaction. */
    public void replacePlan(String graphIri, Model planGraph, String planIri, Model catalogEntry) {
        Txn.executeWrite(dataset, () -> {
            ensureOntologyInTransaction();
            writePlan(graphIri, planGraph, planIri, catalogEntry);
        });
        ontologyCurrent = true;
    }

    /**
     * Opens one write transaction for several plans, on the calling thread. What the batch writes lands when it is
     * committed, all together, or not at all: closing it without a commit (an exception on the way) aborts it and
     * leaves the dataset as it was before the batch.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Plans written in one transaction: TDB2 copies the index blocks a transaction touches, once per transaction. */
    public final class Batch implements AutoCloseable {
        private boolean open;

        private Batch() {
            dataset.begin(ReadWrite.WRITE);
            open = true;
            try {
                ensureOntologyInTransaction();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /** Replaces one plan's graph and its catalog entry, within this batch. */
        public void replacePlan(String graphIri, Model planGraph, String planIri, Model catalogEntry) {
            if (!open) {
                throw new IllegalStateException("the batch is closed");
            }
            writePlan(graphIri, planGraph, planIri, catalogEntry);
        }

        public void commit() {
            if (!open) {
                throw new IllegalStateException("the batch is closed");
            }
            try {
                dataset.commit();
            } finally {
                open = false;
                dataset.end();
            }
            ontologyCurrent = true;
        }

        /** Aborts the batch unless it was committed. */
        @Override
        public void close() {
            if (open) {
                open = false;
                try {
                    dataset.abort();
                } finally {
                    dataset.end();
                }
            }
        }
    }

    private void writePlan(String graphIri, Model planGraph, String planIri, Model catalogEntry) {
        // said inside the transaction: an operator (or the crash test) can tell a load cut short here from one before it
        LOG.debug("writing {} ({} triples)", graphIri, planGraph.size());
        dataset.removeNamedModel(graphIri);
        NamedGraphWriter.add(dataset.asDatasetGraph(), NodeFactory.createURI(graphIri), planGraph.getGraph());
        replaceEntry(planIri, catalogEntry);
        // so that exports (TriG) read like the model document
        dataset.asDatasetGraph().prefixes().putAll(planGraph.getNsPrefixMap());
    }

    /** Replaces the catalog entries of several plans (by plan IRI), in one transaction; their graphs are untouched. */
    public void replaceCatalogEntries(Map<String, Model> entriesByPlanIri) {
        Txn.executeWrite(dataset, () -> {
            ensureOntologyInTransaction();
            entriesByPlanIri.forEach(this::replaceEntry);
        });
        ontologyCurrent = true;
    }

    /** Writes the ontology graph if it is missing or differs from the shipped one. */
    public void ensureOntology() {
        Txn.executeWrite(dataset, this::ensureOntologyInTransaction);
        ontologyCurrent = true;
    }

    /** The names of the plan graphs in the dataset (not the catalog or ontology graph), sorted. */
    public List<String> planGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.listModelNames().forEachRemaining(name -> {
                String iri = name.getURI();
                if (!iri.equals(catalogGraph) && !iri.equals(IriMinter.ONTOLOGY_GRAPH)) {
                    names.add(iri);
                }
            });
            names.sort(null);
            return names;
        });
    }

    private void ensureOntologyInTransaction() {
        if (ontologyCurrent) {
            return;
        }
        Model shipped = ontology.ontology();
        Model stored = dataset.getNamedModel(IriMinter.ONTOLOGY_GRAPH);
        if (stored.isEmpty() || !stored.isIsomorphicWith(shipped)) {
            dataset.removeNamedModel(IriMinter.ONTOLOGY_GRAPH);
            dataset.addNamedModel(IriMinter.ONTOLOGY_GRAPH, shipped);
        }
    }

    /**
     * The entry is the plan's statements and those of its own resources (IRIs under the plan's, its distribution).
     * Found through the indexes, by subject, never by scanning the catalog: a folder of a thousand plans would
     * otherwise read the whole catalog once per plan.
     */
    private void replaceEntry(String planIri, Model entry) {
        Model catalog = dataset.getNamedModel(catalogGraph);
        Resource plan = catalog.createResource(planIri);
        Set<Resource> subjects = new LinkedHashSet<>();
        subjects.add(plan);
        catalog.listObjectsOfProperty(plan, null).forEachRemaining(object -> addIfOwn(object, planIri, subjects));
        entry.listSubjects().forEachRemaining(subject -> addIfOwn(subject, planIri, subjects));
        List<Statement> old = new ArrayList<>(catalog.listStatements(null, DCAT.dataset, plan).toList());
        for (Resource subject : subjects) {
            old.addAll(catalog.listStatements(subject, null, (RDFNode) null).toList());
        }
        Set<Resource> released = new LinkedHashSet<>();
        for (Statement statement : old) {
            if (statement.getObject().isURIResource()) {
                released.add(statement.getResource());
            }
        }
        catalog.remove(old);
        catalog.add(entry);
        pruneUnusedJurisdictions(catalog, released);
    }

    private static void addIfOwn(RDFNode node, String planIri, Set<Resource> subjects) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(planIri + "/")) {
            subjects.add(node.asResource());
        }
    }

    /**
     * Drops the jurisdictions among {@code released} (what the replaced entry referred to) that nothing refers to any
     * more (a plan that moved), down the rg:within chain.
     */
    private static void pruneUnusedJurisdictions(Model catalog, Set<Resource> released) {
        Deque<Resource> pending = new ArrayDeque<>(released);
        while (!pending.isEmpty()) {
            Resource jurisdiction = pending.pop();
            if (!catalog.contains(jurisdiction, RDF.type, RG.Jurisdiction)) {
                continue;
            }
            boolean referenced = catalog.listStatements(null, null, jurisdiction).toList().stream()
                    .anyMatch(statement -> !statement.getSubject().equals(jurisdiction));
            if (!referenced) {
                catalog.listObjectsOfProperty(jurisdiction, RG.within).forEachRemaining(outer -> {
                    if (outer.isURIResource()) {
                        pending.push(outer.asResource());
                    }
                });
                catalog.removeAll(jurisdiction, null, null);
            }
        }
    }
}
