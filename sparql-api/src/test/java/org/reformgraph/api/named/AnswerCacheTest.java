package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.testing.ScratchDatasets;

class AnswerCacheTest {
    static final Dataset DATA = ScratchDatasets.tdb2();

    static {
        Txn.executeWrite(DATA, () -> {
            for (int i = 0; i < 50; i++) {
                DATA.asDatasetGraph().add(SSE.parseQuad("(<urn:g> <urn:s" + i + "> <urn:p> \"值" + i + "\")"));
            }
        });
    }

    /** A held answer of {@code n} rows, read from a TDB2 dataset (so the rows must be detached to outlive it). */
    static HeldAnswer rows(int n) {
        Query query = QueryFactory.create("SELECT ?s ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s LIMIT " + n);
        return Txn.calculateRead(DATA, () -> {
            try (QueryExec exec = QueryExec.dataset(DATA.asDatasetGraph()).query(query).build()) {
                return HeldAnswer.read(query, exec);
            }
        });
    }

    static AnswerCache cache(AtomicReference<OptionalLong> version) {
        return new AnswerCache(version::get, 10, 1_000_000, 100_000);
    }

    @Test
    void aHeldAnswerIsServedWhileTheVersionStaysAndRecomputedWhenItMoves() {
        AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.of(1));
        AnswerCache cache = cache(version);
        HeldAnswer one = rows(1);
        assertFalse(cache.get("k", () -> one).hit());
        AnswerCache.Lookup again = cache.get("k", () -> rows(2));
        assertTrue(again.hit());
        assertSame(one, again.answer());
        version.set(OptionalLong.of(2));
        AnswerCache.Lookup after = cache.get("k", () -> rows(3));
        assertFalse(after.hit(), "stale after a write");
        assertTrue(new String(after.answer().in(AnswerFormat.CSV).body(), StandardCharsets.UTF_8).contains("urn:s10"), "three rows");
    }

    @Test
    void oneHeldAnswerIsWrittenInEveryTableFormatAfterTheStoreTransactionEnded() {
        HeldAnswer held = rows(3);
        String csv = new String(held.in(AnswerFormat.CSV).body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("s,o\r\nurn:s0,值0\r\n"), csv);
        assertTrue(new String(held.in(AnswerFormat.JSON).body(), StandardCharsets.UTF_8).contains("\"value\": \"值1\""));
        assertTrue(held.in(AnswerFormat.XML).contentType().startsWith("application/sparql-results+xml"));
        long before = held.weight();
        held.in(AnswerFormat.TSV);
        assertTrue(held.weight() > before, "each format written adds to the weight");
    }

    @Test
    void anAnswerComputedWhileAWriteBeganIsServedButNotKept() {
        AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.of(1));
        AnswerCache cache = cache(version);
        cache.get("k", () -> {
            version.set(OptionalLong.of(2));
            return rows(1);
        });
        assertEquals(0, cache.size());
    }

    @Test
    void nothingIsKeptWhileTheVersionIsUnknown() {
        AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.empty());
        AnswerCache cache = cache(version);
        AtomicInteger runs = new AtomicInteger();
        cache.get("k", () -> rows(runs.incrementAndGet()));
        cache.get("k", () -> rows(runs.incrementAndGet()));
        assertEquals(2, runs.get());
        assertEquals(0, cache.size());
    }

    @Test
    void callersAskingWhileTheSameAnswerIsComputedShareThatComputation() throws Exception {
        AnswerCache cache = cache(new AtomicReference<>(OptionalLong.of(7)));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<AnswerCache.Lookup> first = pool.submit(() -> cache.get("k", () -> {
                runs.incrementAndGet();
                started.countDown();
                await(release);
                return rows(2);
            }));
            started.await(5, TimeUnit.SECONDS);
            Future<AnswerCache.Lookup> second = pool.submit(() -> cache.get("k", () -> {
                runs.incrementAndGet();
                return rows(5);
            }));
            Thread.sleep(100); // the second caller is now waiting on the first computation
            release.countDown();
            assertSame(first.get(5, TimeUnit.SECONDS).answer(), second.get(5, TimeUnit.SECONDS).answer());
            assertEquals(1, runs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationFailsItsWaitersAndIsNotRemembered() {
        AnswerCache cache = cache(new AtomicReference<>(OptionalLong.of(1)));
        try {
            cache.get("k", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertEquals("boom", expected.getMessage());
        }
        assertFalse(cache.get("k", () -> rows(1)).hit(), "computed afresh");
        assertTrue(cache.get("k", () -> rows(1)).hit());
    }

    @Test
    void boundedInEntriesAndBytesLeastRecentlyUsedFirst() {
        long oneAnswer = rows(1).weight();
        AnswerCache cache = new AnswerCache(() -> OptionalLong.of(1), 100, 2 * oneAnswer, 100_000);
        cache.get("a", () -> rows(1));
        cache.get("b", () -> rows(1));
        cache.get("a", () -> rows(1)); // a is now the most recent
        cache.get("c", () -> rows(1));
        assertTrue(cache.holds("a"));
        assertFalse(cache.holds("b"), "b was evicted to stay within the bytes");
        assertTrue(cache.bytes() <= 2 * oneAnswer);

        AnswerCache tiny = new AnswerCache(() -> OptionalLong.of(1), 100, 1_000_000, oneAnswer - 1);
        tiny.get("k", () -> rows(1));
        assertEquals(0, tiny.size(), "an answer over the per-answer bound is not kept");
    }

    @Test
    void writingAnotherFormatOfAHeldAnswerCountsTowardsTheBound() {
        AnswerCache cache = new AnswerCache(() -> OptionalLong.of(1), 100, 1_000_000, 100_000);
        HeldAnswer held = cache.get("k", () -> rows(10)).answer();
        long before = cache.bytes();
        held.in(AnswerFormat.XML);
        cache.reweigh("k", held);
        assertEquals(held.weight(), cache.bytes());
        assertTrue(cache.bytes() > before);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
