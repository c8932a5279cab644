package org.reformgraph.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class HealthAndMetricsTest {
    @LocalServerPort
    int port;

    @Test
    void healthLivenessAndReadinessAreUp() {
        Http http = new Http(port);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path + " " + r.body());
            assertTrue(r.body().contains("\"UP\""), path + " " + r.body());
        }
    }

    @Test
    void prometheusCountsQueriesAndTimesThem() {
        Http http = new Http(port);
        http.get("/sparql?query=" + enc("ASK {}"));
        http.get("/api/queries/plans");
        HttpResponse<String> r = http.get("/actuator/prometheus");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("reformgraph_sparql_requests_total{endpoint=\"/sparql\"}"), r.body());
        assertTrue(r.body().contains("reformgraph_sparql_query_timeouts_total{endpoint=\"/sparql\"}"), "timeouts");
        assertTrue(r.body().contains("reformgraph_sparql_latency_seconds_count{endpoint=\"/sparql\""), "latency");
        assertTrue(r.body().contains("reformgraph_named_query_seconds_count{query=\"plans\"}"), "named queries");
    }

    @Test
    void prometheusSaysWhenTheStartUpWorkIsDoneSoAClientCanWaitForIt() throws InterruptedException {
        Http http = new Http(port);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        String body = http.get("/actuator/prometheus").body();
        while (!(warmUps(body) >= 1 && indexPasses(body) >= 1) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = http.get("/actuator/prometheus").body();
        }
        assertTrue(warmUps(body) >= 1, "the named-query answers were warmed once: " + body);
        assertTrue(indexPasses(body) >= 1, "the text index made its start-up pass: " + body);
    }

    @Test
    void theAnswerCacheIsSizedByTheHeapWhenNoSizeIsSet() {
        String body = new Http(port).get("/actuator/prometheus").body();
        long heap = Runtime.getRuntime().maxMemory(); // the server runs in this JVM
        assertEquals(heap / 4, (long) metric(body, "reformgraph_named_cache_limit_bytes"), body);
        assertEquals(heap / 16, (long) metric(body, "reformgraph_named_cache_largest_answer_bytes"), body);
    }

    private static double warmUps(String prometheus) {
        return metric(prometheus, "reformgraph_named_warm_seconds_count");
    }

    private static double indexPasses(String prometheus) {
        return metric(prometheus, "reformgraph_search_index_passes");
    }

    /** The value of an untagged metric, or -1 when it is not there. */
    private static double metric(String prometheus, String name) {
        return prometheus.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    @Test
    void onlyHealthAndPrometheusAreExposed() {
        Http http = new Http(port);
        assertEquals(404, http.get("/actuator/env").statusCode());
        assertEquals(404, http.get("/actuator/beans").statusCode());
    }
}
