package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The query library over HTTP, run against {@link TestDataset} with the library the queries module ships. */
@ServerTest
class NamedQueryApiTest {
    static final String GZ_DEVELOPMENT_REFORM = TestDataset.ID + "agency/guangzhou/development-reform";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    @Autowired
    AnswerWarmer warmer;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    JsonNode bindings(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.get(pathAndQuery, "Accept", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).path("results").path("bindings");
    }

    @Test
    void listsTheLibraryWithTitlesAndParameters() throws Exception {
        HttpResponse<String> r = http.get("/api/queries");
        assertEquals(200, r.statusCode());
        JsonNode byAgency = null;
        for (JsonNode q : json(r)) {
            if (q.path("name").asText().equals("measures-by-agency")) {
                byAgency = q;
            }
        }
        assertTrue(byAgency != null, r.body());
        assertEquals("Measures of one agency", byAgency.path("title").asText());
        assertEquals("某部门负责的措施", byAgency.path("titles").path("zh").asText());
        assertEquals(1, byAgency.path("titles").size(), "only the tagged titles: " + byAgency.path("titles"));
        JsonNode agency = byAgency.path("parameters").get(0);
        assertEquals("agency", agency.path("name").asText());
        assertEquals("iri", agency.path("type").asText());
        assertTrue(agency.path("required").asBoolean());
        assertEquals("/api/queries/measures-by-agency", byAgency.path("href").asText());
    }

    @Test
    void runsAQueryWithoutParameters() throws Exception {
        JsonNode rows = bindings("/api/queries/plans");
        assertEquals(2, rows.size());
        assertEquals(TestDataset.ID + "plan/guangzhou-2023", rows.get(0).path("plan").path("value").asText());
        assertEquals("2", rows.get(0).path("measures").path("value").asText());
        assertEquals("广州市", rows.get(0).path("jurisdictionLabel").path("value").asText());
        assertEquals("1", rows.get(1).path("measures").path("value").asText());
    }

    @Test
    void bindsAnIriParameter() throws Exception {
        JsonNode rows = bindings("/api/queries/measures-by-agency?agency=" + enc(GZ_DEVELOPMENT_REFORM));
        assertEquals(2, rows.size());
        assertEquals("1.1", rows.get(0).path("path").path("value").asText());
        assertEquals("true", rows.get(0).path("lead").path("value").asText());
        assertEquals("false", rows.get(1).path("lead").path("value").asText());
    }

    @Test
    void answersInCsv() {
        HttpResponse<String> r = http.get("/api/queries/measures-by-agency?format=csv&agency=" + enc(GZ_DEVELOPMENT_REFORM));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("text/csv"));
        assertTrue(r.body().startsWith("measure,plan,path,title,lead\r\n"), r.body());
        assertEquals(3, r.body().split("\r\n").length, r.body());
        HttpResponse<String> byAccept = http.get("/api/queries/plans", "Accept", "text/csv");
        assertTrue(Http.contentType(byAccept).startsWith("text/csv"));
    }

    @Test
    void usesTheDefaultOfAnOptionalParameter() throws Exception {
        JsonNode rows = bindings("/api/queries/agencies-named");
        assertEquals(2, rows.size(), "the default text 发展 matches the two development-reform commissions, once each");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\") || true || (\"",
            "发展\" } UNION { ?agency ?p ?label } #",
            "}\n#",
            "' . ?agency ?p ?o . '",
    })
    void hostileTextIsOneLiteralThatMatchesNothing(String hostile) throws Exception {
        assertEquals(0, bindings("/api/queries/agencies-named?text=" + enc(hostile)).size());
    }

    @Test
    void anIriWithAnAngleBracketIsRefused() {
        HttpResponse<String> r = http.get("/api/queries/measures-by-agency?agency="
                + enc(GZ_DEVELOPMENT_REFORM + "> . ?measure ?p ?o . <urn:x"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not a valid IRI"), r.body());
    }

    @Test
    void aMissingRequiredParameterIs400() {
        HttpResponse<String> r = http.get("/api/queries/measures-by-agency");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("needs a value for parameter 'agency'"), r.body());
    }

    @Test
    void anUnknownParameterIs400() {
        HttpResponse<String> r = http.get("/api/queries/plans?limit=5");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("no parameter named 'limit'"), r.body());
    }

    @Test
    void aParameterGivenTwiceIs400() {
        HttpResponse<String> r = http.get("/api/queries/agencies-named?text=a&text=b");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("given 2 times"), r.body());
    }

    @Test
    void anUnknownFormatIs400() {
        assertEquals(400, http.get("/api/queries/plans?format=pdf").statusCode());
    }

    @Test
    void anUnknownQueryIs404() {
        HttpResponse<String> r = http.get("/api/queries/no-such-query");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no-such-query"), r.body());
    }

    @Test
    void answersAreCachedUntilTheDataChanges() throws Exception {
        String url = "/api/queries/agencies-named?text=" + enc("缓存测试");
        assertEquals(0, bindings(url).size());
        assertEquals("hit", cacheHeader(url), "the same call again is answered from memory");

        var graph = NodeFactory.createURI("urn:test:cache");
        var agency = NodeFactory.createURI(TestDataset.ID + "agency/test/cache");
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().add(new Quad(graph, agency, NodeFactory.createURI(
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI("https://w3id.org/reformgraph/ontology#Agency")));
            dataset.asDatasetGraph().add(new Quad(graph, agency, NodeFactory.createURI(
                    "http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("缓存测试局", "zh")));
        });
        try {
            assertEquals(1, bindings(url).size(), "the write made the cached empty answer stale");
        } finally {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(graph));
        }
        assertEquals(0, bindings(url).size());
    }

    @Test
    void aHeldAnswerComesWithTheSameHeadersAndBodyAsTheAnswerFirstComputed() {
        // the first request runs the query (the controller), the second is sent from memory (HeldAnswerFilter)
        String url = "/api/queries/agencies-named?format=csv&text=" + enc("头部测试");
        HttpResponse<String> computed = http.get(url, "Origin", "http://example.org");
        HttpResponse<String> held = http.get(url, "Origin", "http://example.org");
        assertEquals("miss", computed.headers().firstValue(NamedQueryController.CACHE_HEADER).orElse(null));
        assertEquals("hit", held.headers().firstValue(NamedQueryController.CACHE_HEADER).orElse(null));
        assertEquals(computed.statusCode(), held.statusCode());
        assertEquals(computed.body(), held.body());
        java.util.Set<String> varying = java.util.Set.of("date", "keep-alive", "connection",
                NamedQueryController.CACHE_HEADER.toLowerCase(java.util.Locale.ROOT));
        java.util.Map<String, java.util.List<String>> computedHeaders = new java.util.TreeMap<>(computed.headers().map());
        java.util.Map<String, java.util.List<String>> heldHeaders = new java.util.TreeMap<>(held.headers().map());
        computedHeaders.keySet().removeIf(varying::contains);
        heldHeaders.keySet().removeIf(varying::contains);
        assertEquals(computedHeaders, heldHeaders, "security, CORS and content headers alike");
        assertTrue(heldHeaders.containsKey("access-control-allow-origin"), heldHeaders.toString());
    }

    @Test
    void afterAChangeTheWarmerRecomputesTheDefaultAnswersSoTheFirstRequestIsAHit() throws Exception {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(new Quad(NodeFactory.createURI("urn:test:warm"),
                NodeFactory.createURI("urn:test:s"), NodeFactory.createURI("urn:test:p"),
                NodeFactory.createLiteralString("a change"))));
        try {
            awaitWarm();
            assertTrue(warmer.queries().stream().anyMatch(q -> q.name().equals("plans")));
            assertEquals("hit", cacheHeader("/api/queries/plans"));
            assertEquals("hit", cacheHeader("/api/queries/plans?format=csv"), "another format of a held answer");
            assertEquals("miss", cacheHeader("/api/queries/agencies-named?text=" + enc("温")),
                    "other values than the defaults are computed on demand");
        } finally {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(NodeFactory.createURI("urn:test:warm")));
        }
    }

    @Test
    void warmUpsAndCacheUseAreMetrics() {
        cacheHeader("/api/queries/plans");
        String metrics = http.get("/actuator/prometheus").body();
        for (String metric : new String[] {"reformgraph_named_cache_requests_total{result=\"hit\"",
                "reformgraph_named_cache_requests_total{result=\"miss\"", "reformgraph_named_warm_seconds_count",
                "reformgraph_named_warm_seconds_max", "reformgraph_named_cache_entries", "reformgraph_named_cache_bytes"}) {
            assertTrue(metrics.contains(metric), metric + " in\n" + metrics);
        }
    }

    String cacheHeader(String pathAndQuery) {
        HttpResponse<String> r = http.get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue(NamedQueryController.CACHE_HEADER).orElseThrow();
    }

    void awaitWarm() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!warmer.isWarm()) {
            assertTrue(System.nanoTime() < deadline, "not warm after 60 s");
            Thread.sleep(20);
        }
    }
}
