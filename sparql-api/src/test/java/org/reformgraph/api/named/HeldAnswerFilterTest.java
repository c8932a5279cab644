package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.NamedQueryParser;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A held answer is sent by the filter itself; everything else reaches the controller (the chain) untouched, so
 * what the controller says (errors included) does not change.
 */
class HeldAnswerFilterTest {
    static final NamedQuery OBJECTS = NamedQueryParser.parse("objects", """
            # title: Objects
            # param: s iri urn:s1 a subject
            SELECT ?o WHERE { GRAPH ?g { ?s <urn:p> ?o } }
            """, "test");
    static final NamedQuery GRAPH = NamedQueryParser.parse("graph", """
            # title: Graph
            CONSTRUCT WHERE { GRAPH ?g { ?s <urn:p> ?o } }
            """, "test");

    final Dataset dataset = ScratchDatasets.tdb2();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final NamedQueryRunner runner;
    final HeldAnswerFilter filter;

    HeldAnswerFilterTest() {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(SSE.parseQuad("(<urn:g> <urn:s1> <urn:p> 7)")));
        AnswerCache cache = new AnswerCache(DataVersion.of(dataset.asDatasetGraph()), 100, 1_000_000, 100_000);
        runner = new NamedQueryRunner(QuerySource.of(dataset), Duration.ofSeconds(5), 1000, cache, meters);
        filter = new HeldAnswerFilter(QueryLibrary.of(List.of(OBJECTS, GRAPH)), runner);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void aHeldAnswerIsSentAsTheControllerSendsItWithoutReachingTheController() throws Exception {
        NamedQueryRunner.Served computed = runner.run(OBJECTS, Map.of(), AnswerFormat.JSON);
        assertFalse(computed.hit());

        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = get("/api/queries/objects", null, chain);

        assertNull(chain.getRequest(), "the controller was not reached");
        assertEquals(200, response.getStatus());
        assertEquals(computed.answer().contentType(), response.getHeader("Content-Type"));
        assertEquals("Accept", response.getHeader("Vary"));
        assertEquals("hit", response.getHeader(NamedQueryController.CACHE_HEADER));
        assertArrayEquals(computed.answer().body(), response.getContentAsByteArray());
        assertEquals(computed.answer().body().length, response.getContentLength());
        assertEquals(1.0, meters.counter("reformgraph.named.cache.requests", "result", "hit").count());
    }

    @Test
    void theRequestMetricsNameTheRouteAsForTheController() throws Exception {
        runner.prepare(OBJECTS, Map.of());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/queries/objects");
        MockHttpServletResponse response = new MockHttpServletResponse();
        var observation = new org.springframework.http.server.observation.ServerRequestObservationContext(request, response);
        request.setAttribute(org.springframework.web.filter.ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE,
                observation);
        filter.doFilter(request, response, new MockFilterChain());
        assertEquals("/api/queries/{name}", observation.getPathPattern());
    }

    @Test
    void theFormatAskedForIsTheOneSent() throws Exception {
        runner.prepare(OBJECTS, Map.of());
        MockHttpServletResponse csv = get("/api/queries/objects?format=csv", null, new MockFilterChain());
        assertEquals("o\r\n7\r\n", csv.getContentAsString());
        MockHttpServletResponse accepted = get("/api/queries/objects", "text/tab-separated-values", new MockFilterChain());
        assertTrue(accepted.getHeader("Content-Type").startsWith("text/tab-separated-values"), accepted.getHeader("Content-Type"));
    }

    @Test
    void anAnswerNotHeldGoesToTheControllerAndNothingIsComputedOrCounted() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        get("/api/queries/objects", null, chain);
        assertTrue(chain.getRequest() != null, "passed on");
        assertFalse(runner.isHeld(OBJECTS, Map.of()), "the filter computed nothing");
        assertEquals(0.0, meters.counter("reformgraph.named.cache.requests", "result", "hit").count());
    }

    @Test
    void whatTheControllerRefusesReachesItSoItCanSayWhy() throws Exception {
        runner.prepare(OBJECTS, Map.of());
        runner.prepare(GRAPH, Map.of());
        for (String url : List.of("/api/queries/objects?s=urn:s1&s=urn:s2", "/api/queries/objects?s=not%20an%20iri",
                "/api/queries/objects?format=turtle", "/api/queries/objects?unknown=1", "/api/queries/graph?format=csv",
                "/api/queries/nothing", "/api/queries/objects?format=graph")) {
            MockFilterChain chain = new MockFilterChain();
            get(url, null, chain);
            assertTrue(chain.getRequest() != null, url + " is passed on");
        }
        MockFilterChain badAccept = new MockFilterChain();
        get("/api/queries/objects", "no/such;;type=", badAccept);
        assertTrue(badAccept.getRequest() != null, "an Accept header that does not parse is passed on");
    }

    @Test
    void onlyGetIsServedHere() throws Exception {
        runner.prepare(OBJECTS, Map.of());
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/queries/objects");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post, new MockHttpServletResponse(), chain);
        assertTrue(chain.getRequest() != null);
    }

    private MockHttpServletResponse get(String url, String accept, MockFilterChain chain) throws Exception {
        int question = url.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", question < 0 ? url : url.substring(0, question));
        if (question >= 0) {
            request.setQueryString(url.substring(question + 1));
            for (String pair : url.substring(question + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
