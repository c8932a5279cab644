package org.reformgraph.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The query time limit (2 s in the tests) stops a runaway query with 503 while other queries keep being answered. */
@ServerTest
class QueryTimeoutTest {
    /** 2000³ = 8·10⁹ rows to count: hours of work without a limit. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestDataset.BULK_GRAPH + "> "
            + "{ ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } }";

    @LocalServerPort
    int port;

    @Test
    void aRunawayQueryStopsWith503WithinTheLimitWhileASimpleQueryIsAnswered() throws Exception {
        Http http = new Http(port);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway =
                CompletableFuture.supplyAsync(() -> http.get("/sparql?query=" + enc(RUNAWAY)));

        Thread.sleep(300); // let the runaway get going
        HttpResponse<String> simple = http.get("/sparql?format=csv&query=" + enc(SparqlEndpointTest.PLANS));
        assertEquals(200, simple.statusCode(), simple.body());
        assertTrue(simple.body().contains("wuhan-2023"));
        assertTrue(runaway.getNow(null) == null, "the simple query was answered while the runaway still ran");

        HttpResponse<String> stopped = runaway.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(took.toMillis() < 8000, "stopped after " + took + " with a 2 s limit");
        assertTrue(took.toMillis() >= 1900, "it ran until the limit: " + took);
    }

    /** One solution at once, then a search through 8·10⁹ combinations that finds nothing. */
    static final String QUICK_FIRST_ROW_THEN_RUNAWAY = "SELECT * WHERE { { BIND(1 AS ?x) } UNION { GRAPH <"
            + TestDataset.BULK_GRAPH + "> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } FILTER(CONCAT(?b, ?d, ?f) = \"none\") } }";

    @Test
    void aSelectThatRunsOutOfTimeAfterItsFirstRowIsStill503NotATruncatedAnswer() {
        HttpResponse<String> r = new Http(port).get("/sparql?format=json&query=" + enc(QUICK_FIRST_ROW_THEN_RUNAWAY));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(!r.body().contains("\"bindings\""), r.body());
    }
}
