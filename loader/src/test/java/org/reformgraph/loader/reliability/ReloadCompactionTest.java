package org.reformgraph.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.store.OntologySource;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.ShippedOntology;
import org.reformgraph.loader.store.StoreCompaction;
import org.reformgraph.ontology.RG;

/**
 * Re-loading the same plan 50 times keeps the dataset's disk size bounded: TDB2 appends on every write transaction, and
 * the loader compacts when the dataset has doubled since the last compaction. The plan is loaded through the CLI once;
 * its graph is then written again 50 times through the store, as a load does, so that the test measures the store
 * rather than the text analysis.
 */
class ReloadCompactionTest {
    private static final String GRAPH = RG.DEFAULT_BASE + "graph/xiamen-2022";
    private static final String PLAN = RG.DEFAULT_BASE + "plan/xiamen-2022";
    private static final int RELOADS = 50;
    static Model graph;
    static Model entry;

    @BeforeAll
    static void xiamenAsTheLoaderWritesIt(@TempDir Path temp) {
        Path db = temp.resolve("db");
        assertEquals(0, Cli.run("load", "--db", db, Seeds.xiamen()).exit());
        Dataset dataset = PlanStore.open(db);
        Txn.executeRead(dataset, () -> {
            graph = ModelFactory.createDefaultModel().add(dataset.getNamedModel(GRAPH));
            Model catalog = dataset.getNamedModel(RG.DEFAULT_BASE + "graph/catalog");
            entry = ModelFactory.createDefaultModel();
            catalog.listStatements().forEachRemaining(s -> {
                String subject = s.getSubject().isURIResource() ? s.getSubject().getURI() : "";
                if (subject.equals(PLAN) || subject.startsWith(PLAN + "/")) {
                    entry.add(s);
                }
            });
        });
        dataset.close();
        assertTrue(graph.size() > 1000);
    }

    @Test
    void fiftyReloadsWithCompactionStayWithinTwiceTheCompactedSizePlusOneLoad(@TempDir Path temp) {
        List<Long> sizes = reload(temp.resolve("db"), true);
        long first = sizes.get(0);
        long max = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.println("disk sizes over " + RELOADS + " re-loads with compaction (bytes): " + sizes);
        assertTrue(max <= 3 * first, "bounded: max " + max + " vs first " + first);
        assertTrue(sizes.get(sizes.size() - 1) <= 3 * first);
    }

    @Test
    void withoutCompactionTheSameReloadsKeepGrowing(@TempDir Path temp) {
        List<Long> sizes = reload(temp.resolve("db"), false);
        System.out.println("disk sizes over " + RELOADS + " re-loads without compaction (bytes): " + sizes);
        assertTrue(sizes.get(sizes.size() - 1) > 3 * sizes.get(0), "TDB2 grows with each write: " + sizes);
    }

    @Test
    void theCompactCommandShrinksTheDatasetAndKeepsItsQuads(@TempDir Path temp) {
        Path db = temp.resolve("db");
        List<Long> sizes = reload(db, false);
        TreeSet<String> before = Quads.of(db);
        Cli run = Cli.run("compact", "--db", db);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("compacted " + db), run.out());
        long after = new StoreCompaction(db).diskSize();
        System.out.println("compact command: " + sizes.get(sizes.size() - 1) + " → " + after + " bytes");
        assertTrue(after < sizes.get(sizes.size() - 1) / 3, after + " vs " + sizes.get(sizes.size() - 1));
        assertEquals(before, Quads.of(db));
        assertEquals(1, Cli.run("compact", "--db", temp.resolve("nothing")).exit());
    }

    /** Writes the plan {@link #RELOADS} times into a fresh dataset; the disk size after each write. */
    private static List<Long> reload(Path db, boolean compact) {
        Dataset dataset = PlanStore.open(db);
        OntologySource ontology = ShippedOntology.get();
        IriMinter iris = new PlanLoader(RG.DEFAULT_BASE).iris();
        StoreCompaction compaction = new StoreCompaction(db);
        List<Long> sizes = new ArrayList<>();
        try {
            for (int i = 0; i < RELOADS; i++) {
                new PlanStore(dataset, iris, ontology).replacePlan(GRAPH, graph, PLAN, entry);
                if (compact) {
                    compaction.compactIfGrown(dataset, StoreCompaction.DEFAULT_GROWTH);
                }
                sizes.add(compaction.diskSize());
            }
        } finally {
            dataset.close();
        }
        return sizes;
    }
}
