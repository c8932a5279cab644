package org.reformgraph.api.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The library's agency collaboration network over the seeds, as nodes and edges: the same answer as its table. */
@ClientsServerTest
class SeedNetworkTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PATH = "/api/queries/agency-collaboration-network";

    @LocalServerPort
    int port;

    @Test
    void theCollaborationNetworkHasANodeForEveryEndAndAnEdgeForEveryRow() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> table = http.get(PATH + "?minWeight=2", "Accept", "application/sparql-results+json");
        assertEquals(200, table.statusCode(), table.body());
        JsonNode rows = JSON.readTree(table.body()).path("results").path("bindings");
        HttpResponse<String> graph = http.get(PATH + "?minWeight=2&format=graph");
        assertEquals(200, graph.statusCode(), graph.body());
        JsonNode network = JSON.readTree(graph.body());

        Set<String> ends = new HashSet<>();
        rows.forEach(row -> {
            ends.add(row.path("source").path("value").asText());
            ends.add(row.path("target").path("value").asText());
        });
        assertTrue(rows.size() > 5, "the seeds have agencies that share measures: " + rows.size());
        assertEquals(rows.size(), network.path("edges").size());
        assertEquals(ends.size(), network.path("nodes").size());
        JsonNode firstRow = rows.get(0);
        JsonNode firstEdge = network.path("edges").get(0);
        assertEquals(firstRow.path("source").path("value").asText(), firstEdge.path("source").asText());
        assertEquals(firstRow.path("weight").path("value").asInt(), firstEdge.path("weight").asInt());
        assertTrue(firstEdge.path("weight").asInt() >= 2);
        assertTrue(firstEdge.has("leadWeight"), "other columns are edge attributes: " + firstEdge);
        for (JsonNode node : network.path("nodes")) {
            assertTrue(node.path("label").asText().matches(".*\\p{IsHan}.*"), "named in Chinese: " + node);
        }
        assertTrue(network.path("nodes").get(0).has("types"), "sourceTypes became the node's types");
    }
}
