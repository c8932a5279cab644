package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.write.WriteServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change through {@code /update} is seen by the very next named-query call, however the call races the warmer
 * that recomputes the answers after it: the answer held from before the change is never served.
 */
@WriteServerTest
class AnswersFollowUpdatesTest {
    static final String BEARER = "Bearer " + WriteServerTest.TOKEN;

    @LocalServerPort
    int port;
    @Autowired
    AnswerWarmer warmer;

    static String plan(int i) {
        return "<https://w3id.org/reformgraph/id/plan/update-test-" + i + ">";
    }

    static String insert(int i) {
        return "PREFIX rg: <https://w3id.org/reformgraph/ontology#> INSERT DATA { GRAPH <urn:test:follow> { "
                + plan(i) + " a rg:Plan ; rg:year " + (1900 + i) + " } }";
    }

    int plans(Http http) throws Exception {
        HttpResponse<String> r = http.get("/api/queries/plans");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        return rows.size();
    }

    void update(Http http, String sparql) {
        HttpResponse<String> r = http.post("/update", "application/sparql-update", sparql, "Authorization", BEARER);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
    }

    @Test
    void theNextCallAfterAnUpdateSeesIt() throws Exception {
        Http http = new Http(port);
        int before = plans(http);
        try {
            for (int i = 1; i <= 8; i++) {
                update(http, insert(i));
                assertEquals(before + i, plans(http), "right after update " + i);
            }
        } finally {
            update(http, "DROP SILENT GRAPH <urn:test:follow>");
        }
        assertEquals(before, plans(http), "right after the drop");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!warmer.isWarm()) {
            assertTrue(System.nanoTime() < deadline, "not warm after 60 s");
            Thread.sleep(20);
        }
        HttpResponse<String> warm = http.get("/api/queries/plans");
        assertEquals("hit", warm.headers().firstValue(NamedQueryController.CACHE_HEADER).orElseThrow());
    }
}
