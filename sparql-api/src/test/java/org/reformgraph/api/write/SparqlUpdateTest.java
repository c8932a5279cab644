package org.reformgraph.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** SPARQL Update at /update: only with the operator's token, and named-query answers follow the change. */
@WriteServerTest
class SparqlUpdateTest {

    static final String BEARER = "Bearer " + WriteServerTest.TOKEN;
    static final String GRAPH = "urn:test:update";
    static final String INSERT = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            INSERT DATA { GRAPH <urn:test:update> {
              <https://w3id.org/reformgraph/id/agency/test/update> a rg:Agency ; skos:prefLabel "更新测试局"@zh .
            } }
            """;
    static final String DROP = "DROP SILENT GRAPH <" + GRAPH + ">";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    int agenciesNamed(String text) throws Exception {
        HttpResponse<String> r = http.get("/api/queries/agencies-named?text=" + enc(text), "Accept", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings").size();
    }

    boolean graphExists() throws Exception {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("ASK { GRAPH <" + GRAPH + "> { ?s ?p ?o } }"),
                "Accept", "application/sparql-results+json");
        JsonNode answer = new ObjectMapper().readTree(r.body());
        return answer.path("boolean").asBoolean();
    }

    @Test
    void withoutATokenAnUpdateIs401AndChangesNothing() throws Exception {
        HttpResponse<String> r = http.post("/update", "application/sparql-update", INSERT);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(r.body().contains("Authorization: Bearer"), r.body());
        assertEquals(false, graphExists());
    }

    @Test
    void aWrongTokenIs401() throws Exception {
        for (String wrong : new String[] {"Bearer " + WriteServerTest.TOKEN + "x", "Bearer ", "Basic dXNlcjpwYXNz",
                WriteServerTest.TOKEN}) {
            HttpResponse<String> r = http.post("/update", "application/sparql-update", INSERT, "Authorization", wrong);
            assertEquals(401, r.statusCode(), wrong + ": " + r.body());
        }
        HttpResponse<String> form = http.post("/update", "application/x-www-form-urlencoded",
                "update=" + enc(INSERT), "Authorization", "Bearer nope-nope-nope-nope");
        assertEquals(401, form.statusCode());
        assertEquals(false, graphExists());
    }

    @Test
    void theQueryEndpointStillRefusesUpdatesEvenWithTheToken() throws Exception {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-update", INSERT, "Authorization", BEARER);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertEquals(false, graphExists());
    }

    @Test
    void withTheTokenAnUpdateWritesAndNamedQueriesSeeIt() throws Exception {
        assertEquals(0, agenciesNamed("更新测试"), "nothing yet, and that answer is now cached");
        try {
            HttpResponse<String> r = http.post("/update", "application/sparql-update", INSERT, "Authorization", BEARER);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
            assertTrue(graphExists());
            assertEquals(1, agenciesNamed("更新测试"), "the cached empty answer was dropped after the write");
        } finally {
            HttpResponse<String> drop = http.post("/update", "application/x-www-form-urlencoded",
                    "update=" + enc(DROP), "Authorization", BEARER);
            assertTrue(drop.statusCode() == 200 || drop.statusCode() == 204, drop.body());
        }
        assertEquals(false, graphExists());
        assertEquals(0, agenciesNamed("更新测试"));
    }

    @Test
    void aBrokenUpdateIs400WithTheParserMessage() {
        HttpResponse<String> r = http.post("/update", "application/sparql-update", "INSERT DATA { <a> ",
                "Authorization", BEARER);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("parse") || r.body().contains("line"), r.body());
    }
}
