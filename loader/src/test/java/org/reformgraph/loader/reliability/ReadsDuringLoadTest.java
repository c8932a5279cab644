package org.reformgraph.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.catalog.PlanMetadataBuilder;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;

/**
 * Queries keep answering while a plan is re-loaded, and each sees the plan graph as it was or as it is after, never a
 * mix: a reader thread counts the plan's triples over and over while a writer re-loads the plan with two different
 * contents in turn: the plan as loaded through the whole pipeline, and half of its triples, each written again and
 * again as the store stage of a re-load writes them.
 */
class ReadsDuringLoadTest {
    private static final String GRAPH = RG.DEFAULT_BASE + "graph/swap";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";

    @Test
    void readersSeeTheOldOrTheNewPlanNeverAMix(@TempDir Path temp) throws Exception {
        byte[] whole = Files.readAllBytes(TestPlans.xiamen());
        PlanMetadata plan = PlanMetadataBuilder.forFile("swap.txt").jurisdiction("厦门市").build();
        Dataset dataset = PlanStore.open(temp.resolve("db"));
        PlanLoader loader = new PlanLoader(RG.DEFAULT_BASE);
        loader.load(dataset, plan, "swap.txt", whole);
        long wholeCount = count(dataset);
        StoredPlan wholePlan = StoredPlan.read(dataset, "swap");
        StoredPlan halfPlan = wholePlan.firstHalf();
        PlanStore store = StoredPlan.storeOn(dataset);
        halfPlan.writeInto(store);
        long halfCount = count(dataset);
        assertTrue(wholeCount != halfCount, wholeCount + " vs " + halfCount);

        Set<Long> seen = new ConcurrentSkipListSet<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (writing.get()) {
                    seen.add(count(dataset));
                    answers.incrementAndGet();
                    // leave the writer a core: the machine may have only two
                    Thread.sleep(1);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        reader.start();
        int reloads = 20;
        try {
            // the loads' store stage again and again: each a write transaction replacing the plan graph
            for (int i = 0; i < reloads; i++) {
                (i % 2 == 0 ? wholePlan : halfPlan).writeInto(store);
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertEquals(null, failure.get());
        assertTrue(answers.get() > reloads, "queries answered during the loads: " + answers.get());
        assertTrue(Set.of(wholeCount, halfCount).containsAll(seen), "only whole graphs were seen: " + new TreeSet<>(seen)
                + " (expected " + wholeCount + " or " + halfCount + ")");
        dataset.close();
    }

    private static long count(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(COUNT).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
