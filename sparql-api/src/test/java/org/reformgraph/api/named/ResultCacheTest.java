package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.testing.ScratchDatasets;

class ResultCacheTest {
    static ResultCache.Answer answer(int n) {
        return new ResultCache.Answer(new byte[] {(byte) n}, "text/plain");
    }

    @Test
    void keepsAnAnswerWhileTheVersionStaysAndDropsItWhenItMoves() {
        AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.of(1));
        ResultCache cache = new ResultCache(version::get, 10, 100);
        assertEquals(1, cache.get("k", () -> answer(1)).body()[0]);
        assertEquals(1, cache.get("k", () -> answer(2)).body()[0], "cached");
        version.set(OptionalLong.of(2));
        assertEquals(3, cache.get("k", () -> answer(3)).body()[0], "stale after a write");
    }

    @Test
    void anAnswerComputedWhileAWriteBeganIsNotKept() {
        AtomicReference<OptionalLong> version = new AtomicReference<>(OptionalLong.of(1));
        ResultCache cache = new ResultCache(version::get, 10, 100);
        cache.get("k", () -> {
            version.set(OptionalLong.of(2));
            return answer(1);
        });
        assertEquals(0, cache.size());
    }

    @Test
    void nothingIsKeptWhenTheVersionIsUnknownOrTheAnswerTooBig() {
        ResultCache unknown = new ResultCache(OptionalLong::empty, 10, 100);
        AtomicInteger runs = new AtomicInteger();
        unknown.get("k", () -> answer(runs.incrementAndGet()));
        unknown.get("k", () -> answer(runs.incrementAndGet()));
        assertEquals(2, runs.get());
        ResultCache small = new ResultCache(() -> OptionalLong.of(1), 10, 0);
        small.get("k", () -> answer(1));
        assertEquals(0, small.size());
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirst() {
        ResultCache cache = new ResultCache(() -> OptionalLong.of(1), 2, 100);
        cache.get("a", () -> answer(1));
        cache.get("b", () -> answer(2));
        cache.get("a", () -> answer(9)); // a is now the most recent
        cache.get("c", () -> answer(3));
        assertEquals(1, cache.get("a", () -> answer(7)).body()[0]);
        assertEquals(8, cache.get("b", () -> answer(8)).body()[0], "b was evicted");
    }

    @Test
    void tdb2CountsWritesAndHasNoVersionDuringOne() {
        Dataset dataset = ScratchDatasets.tdb2();
        DataVersion version = DataVersion.of(dataset.asDatasetGraph());
        long before = version.current().orElseThrow();
        dataset.begin(ReadWrite.WRITE);
        try {
            assertTrue(version.current().isEmpty(), "unknown while a writer is active");
            dataset.asDatasetGraph().add(SSE.parseQuad("(<urn:g> <urn:s> <urn:p> <urn:o>)"));
            dataset.commit();
        } finally {
            dataset.end();
        }
        assertEquals(before + 1, version.current().orElseThrow());
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().size());
        assertEquals(before + 1, version.current().orElseThrow(), "reads do not move it");
    }

    @Test
    void aStoreThatCannotTellHasNoVersion() {
        assertTrue(DataVersion.of(DatasetFactory.createTxnMem().asDatasetGraph()).current().isEmpty());
    }
}
