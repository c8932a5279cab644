package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPARQL injection through named-query parameters, beyond the cases the named-query tests cover: SPARQL's own escapes
 * (which a query built by string pasting would decode into quotes), long-string quotes, IRIs that try to close
 * themselves, an update smuggled into text. Text stays one literal that matches nothing; a bad IRI is a 400; the data
 * is unchanged.
 */
@ServerTest
class HostileParametersTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\\u0022) } UNION { ?agency ?p ?label } #",
            "\\\") || true || (\\\"",
            "\"\"\" } ; DROP ALL ; SELECT * { \"\"\"",
            "发展'''\n} INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
            "\r\n} #\u0000",
            "${text} ?agency",
            "\\",
    })
    void hostileTextIsOneLiteral(String hostile) throws Exception {
        TreeSet<String> before = DatasetContent.of(dataset);
        HttpResponse<String> r = http.get("/api/queries/agencies-named?text=" + Http.enc(hostile), "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode bindings = JSON.readTree(r.body()).path("results").path("bindings");
        assertEquals(0, bindings.size(), hostile + " matched: " + bindings);
        assertEquals(before, DatasetContent.of(dataset));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "> . ?measure ?p ?o . <urn:x",
            ">} UNION {?s ?p ?o} #",
            "\n> . ?s ?p ?o",
            "urn:x> ; DROP ALL ; <urn:y",
            "https://w3id.org/reformgraph/id/agency/x\\u003E . ?s ?p ?o . <urn:y",
            "a b",
            "{}",
    })
    void hostileIrisAreRefused(String hostile) {
        TreeSet<String> before = DatasetContent.of(dataset);
        HttpResponse<String> r = http.get("/api/queries/measures-by-agency?agency=" + Http.enc(hostile));
        assertTrue(r.statusCode() == 400 || emptyAnswer(r), hostile + " → " + r.statusCode() + " " + r.body());
        assertEquals(before, DatasetContent.of(dataset));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestDataset.ID + "agency/guangzhou/development-reform"})
    void anHonestIriStillAnswers(String agency) throws Exception {
        HttpResponse<String> r = http.get("/api/queries/measures-by-agency?agency=" + Http.enc(agency), "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).path("results").path("bindings").size() > 0, r.body());
    }

    private static boolean emptyAnswer(HttpResponse<String> r) {
        try {
            return r.statusCode() == 200 && JSON.readTree(r.body()).path("results").path("bindings").isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
