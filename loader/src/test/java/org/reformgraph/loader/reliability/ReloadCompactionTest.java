package org.reformgraph.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.StoreCompaction;

/**
 * Re-loading the same plan 50 times keeps the dataset's disk usage (as du counts it) bounded: TDB2 appends on every write transaction, and
 * the loader compacts every {@link StoreCompaction#DEFAULT_WRITES} plan writes. The plan is loaded through the CLI
 * once; its graph is then written again 50 times through the store and the compaction, as a load's last steps do, so
 * that the test measures the store rather than the text analysis.
 */
class ReloadCompactionTest {
    private static final int RELOADS = 50;
    static StoredPlan xiamen;

    @BeforeAll
    static void xiamenAsTheLoaderWritesIt(@TempDir Path temp) {
        Assumptions.assumeTrue(DiskUsage.available(), "du measures the disk usage");
        Path db = temp.resolve("db");
        assertEquals(0, Cli.run("load", "--db", db, TestPlans.xiamen()).exit());
        Dataset dataset = PlanStore.open(db);
        xiamen = StoredPlan.read(dataset, "xiamen-2022");
        dataset.close();
        assertTrue(xiamen.graph().size() > 1000);
    }

    @Test
    void reloadsGrowTheDatasetUntilCompactedAndFiftyStayBounded(@TempDir Path temp) {
        // without compaction: what DEFAULT_WRITES re-loads add; then the compact command takes it back
        Path grown = temp.resolve("grown");
        List<Long> without = reload(grown, StoreCompaction.DEFAULT_WRITES, false);
        System.out.println("disk usage (du) over " + without.size() + " re-loads without compaction (bytes): " + without);
        assertTrue(without.get(without.size() - 1) > without.get(0), "TDB2 grows with the writes: " + without);
        TreeSet<String> before = Quads.of(grown);
        Cli run = Cli.run("compact", "--db", grown);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("compacted " + grown), run.out());
        long compacted = DiskUsage.bytes(grown);
        System.out.println("compact command: " + without.get(without.size() - 1) + " → " + compacted + " bytes");
        assertTrue(compacted < without.get(without.size() - 1) / 2, compacted + " vs " + without);
        assertEquals(before, Quads.of(grown));

        // with compaction every DEFAULT_WRITES writes, as a load does: 50 re-loads never exceed what DEFAULT_WRITES add
        List<Long> with = reload(temp.resolve("compacted"), RELOADS, true);
        System.out.println("disk usage (du) over " + RELOADS + " re-loads with compaction (bytes): " + with);
        long max = with.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(compactions(with) >= RELOADS / StoreCompaction.DEFAULT_WRITES, "compacted every "
                + StoreCompaction.DEFAULT_WRITES + " writes: " + with);
        assertTrue(max <= without.get(without.size() - 1) * 1.1, "bounded: " + with);
    }

    @Test
    void compactingNothingIsAnError(@TempDir Path temp) {
        Cli nothing = Cli.run("compact", "--db", temp.resolve("nothing"));
        assertEquals(1, nothing.exit());
        assertTrue(nothing.err().contains("nothing: no dataset here to compact"), nothing.err());
    }

    private static long compactions(List<Long> sizes) {
        long drops = 0;
        for (int i = 1; i < sizes.size(); i++) {
            drops += sizes.get(i) < sizes.get(i - 1) ? 1 : 0;
        }
        return drops;
    }

    /** Writes the plan {@code times} times into a fresh dataset; the disk usage after each write. */
    private static List<Long> reload(Path db, int times, boolean compact) {
        Dataset dataset = PlanStore.open(db);
        PlanStore store = StoredPlan.storeOn(dataset);
        StoreCompaction compaction = new StoreCompaction(db);
        List<Long> sizes = new ArrayList<>();
        try {
            for (int i = 0; i < times; i++) {
                xiamen.writeInto(store);
                if (compact) {
                    compaction.afterWrites(dataset, 1, StoreCompaction.DEFAULT_WRITES);
                }
                sizes.add(DiskUsage.bytes(db));
            }
        } finally {
            dataset.close();
        }
        return sizes;
    }
}
