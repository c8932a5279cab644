package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nodes and edges for network-shaped named queries, over {@link TestDataset} with the test-only query
 * {@code test-shared-measures} (src/test/resources/queries): in Guangzhou, measure 1.2 has two responsible agencies.
 */
@ServerTest
class NetworkAnswerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEVELOPMENT_REFORM = TestDataset.ID + "agency/guangzhou/development-reform";
    static final String MARKET_REGULATION = TestDataset.ID + "agency/guangzhou/market-regulation";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void formatGraphGivesNodesAndEdges() throws Exception {
        HttpResponse<String> r = http.get("/api/queries/test-shared-measures?format=graph");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith(NetworkAnswer.MEDIA_TYPE), Http.contentType(r));
        JsonNode network = JSON.readTree(r.body());
        assertEquals(2, network.path("nodes").size(), r.body());
        JsonNode first = network.path("nodes").get(0);
        assertEquals(DEVELOPMENT_REFORM, first.path("id").asText());
        assertEquals("广州市发展和改革委员会", first.path("label").asText());
        assertEquals("广州市市场监督管理局", network.path("nodes").get(1).path("label").asText());
        assertEquals(1, network.path("edges").size());
        JsonNode edge = network.path("edges").get(0);
        assertEquals(DEVELOPMENT_REFORM, edge.path("source").asText());
        assertEquals(MARKET_REGULATION, edge.path("target").asText());
        assertEquals(1, edge.path("weight").asInt());
        assertTrue(edge.path("weight").isIntegralNumber());
        assertEquals("1.2", edge.path("example").asText(), "other columns are edge attributes");
    }

    @Test
    void theMediaTypeInAcceptAsksForItToo() throws Exception {
        HttpResponse<String> r = http.get("/api/queries/test-shared-measures", "Accept", NetworkAnswer.MEDIA_TYPE);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, JSON.readTree(r.body()).path("edges").size());
    }

    @Test
    void parametersStillApply() throws Exception {
        HttpResponse<String> r = http.get("/api/queries/test-shared-measures?format=graph&minimum=2");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode network = JSON.readTree(r.body());
        assertEquals(0, network.path("nodes").size());
        assertEquals(0, network.path("edges").size());
    }

    @Test
    void aQueryThatIsNoNetworkIs400() {
        HttpResponse<String> r = http.get("/api/queries/plans?format=graph");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("does not select ?source and ?target"), r.body());
    }

    @Test
    void theListSaysWhichQueriesHaveTheGraphForm() throws Exception {
        JsonNode list = JSON.readTree(http.get("/api/queries").body());
        for (JsonNode q : list) {
            boolean graph = false;
            for (JsonNode f : q.path("formats")) {
                graph |= f.asText().equals("graph");
            }
            boolean network = NetworkAnswer.fits(QueryFactory.create(q.path("sparql").asText(),
                    org.reformgraph.queries.NamedQuery.QUERY_BASE));
            assertEquals(network, graph, q.path("name").asText());
            if (q.path("name").asText().equals("test-shared-measures")) {
                assertTrue(graph);
            }
        }
    }

    @Test
    void rowsOfTheSamePairAddUpAndUnweightedRowsCountOne() throws Exception {
        String sparqlJson = """
                {"head":{"vars":["source","target","sourceKind"]},"results":{"bindings":[
                 {"source":{"type":"uri","value":"urn:a"},"target":{"type":"uri","value":"urn:b"},
                  "sourceKind":{"type":"literal","value":"city"}},
                 {"source":{"type":"uri","value":"urn:a"},"target":{"type":"uri","value":"urn:b"}},
                 {"source":{"type":"uri","value":"urn:b"},"target":{"type":"literal","value":"3","datatype":"http://www.w3.org/2001/XMLSchema#integer"}},
                 {"source":{"type":"uri","value":"urn:c"}}
                ]}}""";
        JsonNode network = JSON.readTree(NetworkAnswer.fromSparqlJson(sparqlJson.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, network.path("nodes").size(), network.toString());
        assertEquals("city", network.path("nodes").get(0).path("kind").asText());
        assertEquals("urn:a", network.path("nodes").get(0).path("label").asText(), "no label: the id");
        assertEquals(2, network.path("edges").get(0).path("weight").asInt());
        assertEquals("3", network.path("edges").get(1).path("target").asText());
        assertEquals(2, network.path("edges").size(), "a row with an unbound end is no edge");
    }

    @Test
    void fitsOnlySelectsWithBothEnds() {
        assertTrue(NetworkAnswer.fits(QueryFactory.create("SELECT ?source ?target {}")));
        assertFalse(NetworkAnswer.fits(QueryFactory.create("SELECT ?source {}")));
        assertFalse(NetworkAnswer.fits(QueryFactory.create("CONSTRUCT { ?source ?p ?target } WHERE {}")));
    }

}
