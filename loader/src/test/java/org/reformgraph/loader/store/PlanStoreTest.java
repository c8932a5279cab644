package org.reformgraph.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.catalog.CatalogEmitter;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.pipeline.TestOntology;
import org.reformgraph.ontology.RG;

class PlanStoreTest {
    private static final String B = "https://example.org/id/";
    private final IriMinter iris = new IriMinter(B, j -> j.name().equals("武汉市") ? "wuhan" : "hubei");
    private final Jurisdiction wuhan = Jurisdiction.city("武汉市", Jurisdiction.province("湖北省"));

    @TempDir
    Path folder;
    private Dataset dataset;
    private PlanStore store;

    @BeforeEach
    void open() {
        dataset = PlanStore.open(folder);
        store = new PlanStore(dataset, iris, TestOntology.standard());
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void replacingAPlanLeavesTheOthersUntouched() {
        store.replacePlan(iris.graph("a"), graph("a", "first"), iris.plan("a"), entry("a"));
        store.replacePlan(iris.graph("b"), graph("b", "other"), iris.plan("b"), entry("b"));
        Model before = copy(iris.graph("b"));

        store.replacePlan(iris.graph("a"), graph("a", "second"), iris.plan("a"), entry("a"));

        assertTrue(copy(iris.graph("b")).isIsomorphicWith(before));
        assertTrue(copy(iris.graph("a")).isIsomorphicWith(graph("a", "second")), "the old graph is gone, not merged");
        assertEquals(List.of(iris.graph("a"), iris.graph("b")), store.planGraphs());
        Model catalog = copy(iris.catalogGraph());
        assertEquals(2, catalog.listObjectsOfProperty(catalog.getResource(iris.catalog()), DCAT.dataset).toList().size());
        assertEquals(1, catalog.listStatements(null, RG.sourceFile, (String) null).toList().stream()
                .filter(s -> s.getSubject().getURI().startsWith(iris.plan("a") + "/")).count());
    }

    @Test
    void theOntologyIsStoredOnceInItsGraph() {
        store.replacePlan(iris.graph("a"), graph("a", "x"), iris.plan("a"), entry("a"));
        assertTrue(copy(IriMinter.ONTOLOGY_GRAPH).isIsomorphicWith(TestOntology.standard().ontology()));
    }

    @Test
    void aFailureInsideTheTransactionLeavesTheDatasetAsItWas() {
        store.replacePlan(iris.graph("a"), graph("a", "first"), iris.plan("a"), entry("a"));
        long quadsBefore = quadCount();
        Model graphBefore = copy(iris.graph("a"));
        Model catalogBefore = copy(iris.catalogGraph());

        // the old graph is deleted before the new one is read, which then fails half-way
        Model failing = ModelFactory.createModelForGraph(new FailingGraph());
        assertThrows(IllegalStateException.class, () -> store.replacePlan(iris.graph("a"), failing, iris.plan("a"), entry("a")));

        assertEquals(quadsBefore, quadCount());
        assertTrue(copy(iris.graph("a")).isIsomorphicWith(graphBefore));
        assertTrue(copy(iris.catalogGraph()).isIsomorphicWith(catalogBefore));
    }

    @Test
    void theDefaultGraphOfQueriesIsTheUnionOfAllGraphs() {
        store.replacePlan(iris.graph("a"), graph("a", "first"), iris.plan("a"), entry("a"));
        store.replacePlan(iris.graph("b"), graph("b", "other"), iris.plan("b"), entry("b"));
        long labels = Txn.calculateRead(dataset, () -> {
            try (QueryExecution query = QueryExecution.dataset(dataset)
                    .query("SELECT (COUNT(*) AS ?n) { ?s <" + RDFS.label + "> ?label FILTER(STR(?label) IN (\"first\", \"other\")) }").build()) {
                return query.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(2, labels);
    }

    @Test
    void aPlanThatMovesLeavesNoOrphanJurisdictionInTheCatalog() {
        store.replacePlan(iris.graph("a"), graph("a", "x"), iris.plan("a"), entry("a"));
        Model moved = new CatalogEmitter(iris).entry(new PlanMetadata("a", null, null, null, null, null, null, false,
                Jurisdiction.province("湖北省"), "a.txt", null), 10);
        store.replaceCatalogEntries(Map.of(iris.plan("a"), moved));
        Model catalog = copy(iris.catalogGraph());
        assertFalse(catalog.containsResource(catalog.getResource(B + "jurisdiction/wuhan")));
        assertTrue(catalog.containsResource(catalog.getResource(B + "jurisdiction/hubei")));
    }

    private Model graph(String id, String label) {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(iris.plan(id)).addProperty(RDFS.label, label);
        return model;
    }

    private Model entry(String id) {
        return new CatalogEmitter(iris).entry(new PlanMetadata(id, null, null, null, null, null, null, false, wuhan,
                id + ".txt", null), 100);
    }

    private Model copy(String graph) {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph)));
    }

    private long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                n += quad == null ? 0 : 1;
            }
            return n;
        });
    }

    /** A graph that yields one triple and then breaks, as a failing stage might. */
    private static final class FailingGraph extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Triple one = Triple.create(org.apache.jena.graph.NodeFactory.createURI(B + "x"), RDFS.label.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("x"));
            return org.apache.jena.util.iterator.WrappedIterator.create(List.of(one, one).iterator()).mapWith(t -> {
                if (t == one && broken++ > 0) {
                    throw new IllegalStateException("broken half-way");
                }
                return t;
            });
        }

        private int broken;
    }
}
