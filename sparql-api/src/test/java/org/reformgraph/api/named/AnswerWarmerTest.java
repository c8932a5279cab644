package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.NamedQueryParser;
import org.slf4j.LoggerFactory;

/** The warmer over a TDB2 dataset, with one query its store fails on and one that needs a value. */
class AnswerWarmerTest {
    static final NamedQuery COUNT = NamedQueryParser.parse("things", """
            # title: Things
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:p> ?o } }
            """, "test");
    static final NamedQuery FAILS = NamedQueryParser.parse("fails", """
            # title: Fails
            SELECT ?s WHERE { GRAPH ?g { ?s <urn:fail> ?o } }
            """, "test");
    static final NamedQuery NEEDS_VALUE = NamedQueryParser.parse("needs-value", """
            # title: Needs a value
            # param: thing iri - a thing
            SELECT ?o WHERE { GRAPH ?g { ?thing <urn:p> ?o } }
            """, "test");

    Dataset dataset = ScratchDatasets.tdb2();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    NamedQueryRunner runner;
    AnswerWarmer warmer;
    ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        addThing(1);
        QuerySource local = QuerySource.of(dataset);
        QuerySource failingOnOne = (query, timeout, work) -> {
            if (query.toString().contains("urn:fail")) {
                throw new IllegalStateException("the store refused");
            }
            local.execute(query, timeout, work);
        };
        AnswerCache cache = new AnswerCache(DataVersion.of(dataset.asDatasetGraph()), 100, 1_000_000, 100_000);
        runner = new NamedQueryRunner(failingOnOne, Duration.ofSeconds(5), 1000, cache, meters);
        warmer = new AnswerWarmer(List.of(FAILS, COUNT, NEEDS_VALUE), runner, cache, Duration.ofMillis(20), meters);
        log.start();
        ((Logger) LoggerFactory.getLogger(AnswerWarmer.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        warmer.stop();
        ((Logger) LoggerFactory.getLogger(AnswerWarmer.class)).detachAppender(log);
    }

    void addThing(int i) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(SSE.parseQuad("(<urn:g> <urn:s" + i + "> <urn:p> 1)")));
    }

    void awaitWarm() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!warmer.isWarm()) {
            assertTrue(System.nanoTime() < deadline, "not warm after 20 s");
            Thread.sleep(10);
        }
    }

    String count() {
        NamedQueryRunner.Served served = runner.run(COUNT, Map.of(), AnswerFormat.CSV);
        assertTrue(served.hit(), "answered from memory");
        return new String(served.answer().body(), StandardCharsets.UTF_8).split("\r\n")[1];
    }

    @Test
    void warmsTheQueriesThatRunWithDefaultsAndAFailingOneDoesNotStopTheOthers() throws Exception {
        assertEquals(List.of("fails", "things"), warmer.queries().stream().map(NamedQuery::name).toList());
        warmer.start();
        awaitWarm();
        assertTrue(runner.isHeld(COUNT, Map.of()), "warmed although the query before it failed");
        assertFalse(runner.isHeld(FAILS, Map.of()));
        assertEquals("1", count());
        assertEquals(1.0, meters.get("reformgraph.named.warm.failures").tag("query", "fails").counter().count());
        assertTrue(meters.get("reformgraph.named.warm").timer().count() >= 1);
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage()
                .equals("warming named query 'fails' failed: the store refused")), log.list.toString());
    }

    @Test
    void aWriteIsFollowedByAWarmUpAtTheNewVersion() throws Exception {
        warmer.start();
        awaitWarm();
        assertEquals("1", count());
        for (int i = 2; i <= 4; i++) {
            addThing(i);
            awaitWarm();
            assertEquals(Integer.toString(i), count());
        }
    }

    @Test
    void aCallBeforeTheWarmUpHasFinishedGetsTheNewDataNeverTheOld() throws Exception {
        warmer.start();
        awaitWarm();
        for (int i = 2; i <= 20; i++) {
            addThing(i);
            // no waiting: the warmer races this call, and either of them may compute the answer
            NamedQueryRunner.Served served = runner.run(COUNT, Map.of(), AnswerFormat.CSV);
            assertEquals(Integer.toString(i), new String(served.answer().body(), StandardCharsets.UTF_8).split("\r\n")[1]);
        }
    }
}
