package org.reformgraph.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.contentType;
import static org.reformgraph.api.Http.enc;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Graph Store Protocol: one named graph at a time, read only; never the whole dataset. */
@ServerTest
class GraphStoreTest {
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void readsOneNamedGraph() {
        HttpResponse<String> r = http.get("/graph?graph=" + enc(TestDataset.WUHAN_GRAPH), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("text/turtle"));
        Model m = SparqlEndpointTest.parse(r.body(), "TTL");
        assertEquals(11, m.size());
        assertTrue(m.contains(ResourceFactory.createResource(TestDataset.ID + "plan/wuhan-2023"), RDF.type));
        assertTrue(!m.contains(ResourceFactory.createResource(TestDataset.ID + "plan/guangzhou-2023"), RDF.type),
                "only the graph asked for");
    }

    @Test
    void aGraphInAnotherFormat() {
        HttpResponse<String> r = http.get("/graph?format=n-triples&graph=" + enc(TestDataset.WUHAN_GRAPH));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(11, SparqlEndpointTest.parse(r.body(), "NT").size());
    }

    @Test
    void anUnknownGraphIs404() {
        assertEquals(404, http.get("/graph?graph=" + enc("https://example.org/no-such-graph")).statusCode());
    }

    @Test
    void withoutAGraphNameItRefusesAndSaysWhy() {
        HttpResponse<String> r = http.get("/graph", "Accept", "text/turtle");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("?graph=IRI"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/graph?default", "/graph?graph=urn:x-arq:UnionGraph", "/graph?graph=urn:x-arq:DefaultGraph",
            "/graph?graph="})
    void theWholeDatasetIsNeverServed(String request) {
        HttpResponse<String> r = http.get(request);
        assertEquals(400, r.statusCode(), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "PATCH"})
    void writesAreRefused(String method) {
        HttpResponse<String> r = http.method(method, "/graph?graph=" + enc(TestDataset.WUHAN_GRAPH), "text/turtle",
                "<urn:a> <urn:b> <urn:c> .");
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElse(null));
        HttpResponse<String> after = http.get("/graph?format=nt&graph=" + enc(TestDataset.WUHAN_GRAPH));
        assertEquals(11, SparqlEndpointTest.parse(after.body(), "NT").size(), "the graph is unchanged");
    }
}
