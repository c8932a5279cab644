package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A client over its limit gets 429 with Retry-After, on every route, until its bucket refills; health is not limited. */
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reformgraph.rate-limit.per-second=2", "reformgraph.rate-limit.burst=5"})
@Import(TestDataset.class)
class RateLimitTest {
    @LocalServerPort
    int port;

    @Test
    void overTheLimitIs429WithRetryAfterThenAnswersAgain() throws Exception {
        Http http = new Http(port);
        String[] routes = {"/api/queries/plans", "/sparql?query=" + Http.enc("ASK {}"), "/graph?graph="
                + Http.enc(TestDataset.WUHAN_GRAPH), "/dataset", "/no/such/path"};
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = http.get(routes[i % routes.length]);
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && refused == null) {
                refused = r;
            }
        }
        System.out.println("rate limit (burst 5, 2/s): statuses of 12 quick requests " + statuses);
        assertTrue(statuses.subList(0, 5).stream().noneMatch(s -> s == 429), statuses.toString());
        assertTrue(refused != null, "refused once over the burst: " + statuses);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 1, "Retry-After " + retryAfter);
        assertTrue(refused.body().contains("too many requests"), refused.body());
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, http.get("/actuator/health").statusCode(), "health is never limited");

        Thread.sleep(retryAfter * 1000 + 100);
        assertEquals(200, http.get("/api/queries/plans").statusCode(), "answers again after Retry-After");
    }
}
