package org.reformgraph.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/search, text:query at /sparql and the search-measures named query, on the test dataset. */
@ServerTest
class SearchApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MEASURE = TestDataset.ID + "plan/guangzhou-2023/1.1";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() throws InterruptedException {
        http = new Http(port);
        SearchWaits.untilReady(http);
    }

    @Test
    void findsRankedHitsWithHighlightedSnippets() throws Exception {
        HttpResponse<String> response = http.get("/api/search?q=" + Http.enc("市场准入"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("市场准入", answer.path("query").asText());
        assertTrue(answer.path("total").asInt() >= 1, response.body());
        assertTrue(answer.has("tookMs"));
        JsonNode hit = answer.path("hits").get(0);
        assertEquals(MEASURE, hit.path("iri").asText());
        assertEquals("Measure", hit.path("type").asText());
        assertEquals(TestDataset.ID + "plan/guangzhou-2023", hit.path("plan").asText());
        assertEquals("破除市场准入壁垒", hit.path("label").asText());
        assertTrue(hit.path("snippet").asText().contains("<em>市场准入</em>"), hit.toString());
        assertTrue(hit.path("score").asDouble() > 0);
    }

    @Test
    void traditionalCharactersFindSimplifiedText() throws Exception {
        JsonNode answer = JSON.readTree(http.get("/api/search?q=" + Http.enc("市場準入")).body());
        assertEquals(MEASURE, answer.path("hits").get(0).path("iri").asText(), answer.toString());
    }

    @Test
    void filtersByTypeAndPlan() throws Exception {
        JsonNode agencies = JSON.readTree(http.get("/api/search?type=Agency&q=" + Http.enc("发展和改革委员会")).body());
        assertTrue(agencies.path("total").asInt() >= 1, agencies.toString());
        agencies.path("hits").forEach(hit -> assertEquals("Agency", hit.path("type").asText()));
        JsonNode none = JSON.readTree(http.get("/api/search?q=" + Http.enc("市场准入") + "&plan="
                + Http.enc(TestDataset.ID + "plan/wuhan-2023")).body());
        assertEquals(0, none.path("total").asInt(), none.toString());
    }

    @Test
    void refusesAnEmptyOrTooLongQueryAndBadPaging() throws Exception {
        for (String query : new String[] {"", "q=", "q=%20%20", "q=" + "改".repeat(201), "q=x&limit=201", "q=x&limit=abc",
                "q=x&offset=-1", "q=x&type=Nothing"}) {
            HttpResponse<String> response = http.get("/api/search?" + query);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            assertTrue(JSON.readTree(response.body()).path("error").asText().length() > 5, response.body());
        }
    }

    @Test
    void hostileTextIsAnsweredNeverAServerError() throws Exception {
        for (String q : new String[] {"\"", "\\", "*", "*:*", "?", "(((", "]", "a~", "带押过户~2", "/.*/", "text:*",
                "uri:*", "<script>alert(1)</script>", "AND OR NOT", "\uD800", "改 ".repeat(60), "市场准入\u0000",
                "{!lucene}x", "[a TO z]", "a^999999999999"}) {
            HttpResponse<String> response = http.get("/api/search?q=" + Http.enc(q));
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400, q + " → " + response.statusCode()
                    + " " + response.body());
            JsonNode answer = JSON.readTree(response.body());
            assertTrue(answer.has("hits") || answer.has("error"), response.body());
        }
    }

    @Test
    void textQueryWorksAtTheSparqlEndpoint() throws Exception {
        String sparql = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?score WHERE { (?s ?score) text:query '市场准入' }";
        HttpResponse<String> response = http.get("/sparql?query=" + Http.enc(sparql), "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(MEASURE), response.body());
        String everything = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '*:*' }";
        HttpResponse<String> all = http.get("/sparql?query=" + Http.enc(everything), "Accept", "application/sparql-results+json");
        assertEquals(200, all.statusCode(), "Lucene syntax matches only literals' documents: " + all.body());
    }

    @Test
    void theNamedQueryUsesTheIndex() throws Exception {
        HttpResponse<String> response = http.get("/api/queries/search-measures?q=" + Http.enc("市场准入"),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode bindings = JSON.readTree(response.body()).path("results").path("bindings");
        assertEquals(1, bindings.size(), response.body());
        assertEquals(MEASURE, bindings.get(0).path("measure").path("value").asText());
    }
}
