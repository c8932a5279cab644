package org.reformgraph.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.contentType;
import static org.reformgraph.api.Http.enc;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class SparqlEndpointTest {
    static final String PLANS = "SELECT ?plan WHERE { ?plan a <https://w3id.org/reformgraph/ontology#Plan> } ORDER BY ?plan";
    static final String CONSTRUCT = """
            CONSTRUCT { ?plan a <https://w3id.org/reformgraph/ontology#Plan> }
            WHERE { ?plan a <https://w3id.org/reformgraph/ontology#Plan> }""";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void selectByGetReadsTheUnionOfThePlanGraphsAsTheDefaultGraph() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(PLANS), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
        assertTrue(r.body().contains("/plan/guangzhou-2023\""), r.body());
        assertTrue(r.body().contains("/plan/wuhan-2023\""), "both named graphs are in the default graph: " + r.body());
    }

    @Test
    void selectByPostOfAForm() {
        HttpResponse<String> r = http.post("/sparql", "application/x-www-form-urlencoded", "query=" + enc(PLANS),
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("plan\r\nhttps://w3id.org/reformgraph/id/plan/guangzhou-2023\r\n"
                + "https://w3id.org/reformgraph/id/plan/wuhan-2023\r\n", r.body());
    }

    @Test
    void selectByPostOfTheQueryItself() {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query", PLANS, "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("plan\r\n"), r.body());
    }

    @ParameterizedTest
    @CsvSource({
            "json, application/sparql-results+json, \"bindings\"",
            "xml, application/sparql-results+xml, <sparql",
            "csv, text/csv, plan",
            "tsv, text/tab-separated-values, ?plan",
    })
    void selectResultFormatsByParameter(String format, String type, String marker) {
        HttpResponse<String> r = http.get("/sparql?format=" + format + "&query=" + enc(PLANS));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(type), contentType(r));
        assertTrue(r.body().contains(marker), r.body());
        assertTrue(r.body().contains("guangzhou-2023"), r.body());
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/tab-separated-values, text/tab-separated-values",
            "'text/csv;q=0.5, application/sparql-results+json', application/sparql-results+json",
    })
    void selectResultFormatsByAccept(String accept, String type) {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(PLANS), "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(type), contentType(r));
    }

    @ParameterizedTest
    @CsvSource({
            "turtle, text/turtle, TTL",
            "json-ld, application/ld+json, JSONLD",
            "n-triples, application/n-triples, NT",
            "nt, application/n-triples, NT",
            "rdf/xml, application/rdf+xml, RDFXML",
    })
    void constructFormatsByParameter(String format, String type, String lang) {
        HttpResponse<String> r = http.get("/sparql?format=" + enc(format) + "&query=" + enc(CONSTRUCT));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(type), contentType(r));
        assertEquals(2, parse(r.body(), lang).size(), "two plans, one triple each");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NT",
            "application/rdf+xml, RDFXML"})
    void constructFormatsByAccept(String accept, String lang) {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(CONSTRUCT), "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), contentType(r));
        assertEquals(2, parse(r.body(), lang).size());
    }

    @Test
    void aNamedGraphCanBeAskedFor() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestDataset.WUHAN_GRAPH + "> { ?s ?p ?o } }";
        HttpResponse<String> r = http.get("/sparql?format=csv&query=" + enc(q));
        assertEquals("n\r\n11\r\n", r.body());
    }

    @Test
    void aQueryWithoutALimitGetsTheServersLimitAndSaysSo() {
        String all = "SELECT * WHERE { GRAPH <" + TestDataset.BULK_GRAPH + "> { ?s ?p ?o } }";
        HttpResponse<String> r = http.get("/sparql?format=csv&query=" + enc(all));
        assertEquals(200, r.statusCode());
        assertEquals(1 + 1500, r.body().split("\r\n").length, "header and 1500 of the 2000 triples");
        assertEquals("1500", r.headers().firstValue(BoundedQuery.LIMIT_HEADER).orElse(null));

        HttpResponse<String> small = http.get("/sparql?format=csv&query=" + enc(all + " LIMIT 10"));
        assertEquals(11, small.body().split("\r\n").length);
        assertTrue(small.headers().firstValue(BoundedQuery.LIMIT_HEADER).isEmpty(), "a smaller LIMIT is kept");
    }

    @Test
    void aQueryThatDoesNotParseIs400() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("SELECT ?x WHERE { ?x ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
    }

    @Test
    void updatesAreNotAccepted() {
        String update = "INSERT DATA { GRAPH <urn:test:x> { <urn:a> <urn:b> <urn:c> } }";
        int bySparqlUpdate = http.post("/sparql", "application/sparql-update", update).statusCode();
        int byForm = http.post("/sparql", "application/x-www-form-urlencoded", "update=" + enc(update)).statusCode();
        int atUpdatePath = http.post("/update", "application/sparql-update", update).statusCode();
        int atRoot = http.post("/", "application/sparql-update", update).statusCode();
        for (int status : new int[] {bySparqlUpdate, byForm, atUpdatePath, atRoot}) {
            assertTrue(status >= 400 && status < 500, "status " + status);
        }
        assertFalse(Txn.calculateRead(dataset, () -> dataset.containsNamedModel("urn:test:x")), "nothing was written");
    }

    @Test
    void federatedQueriesAreRefused() {
        String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = http.get("/sparql?query=" + enc(q));
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test
    void theDatasetItselfIsNotServed() {
        // "/" is the dashboard's page; whatever a client asks for there, it never gets the dataset's quads.
        HttpResponse<String> root = http.get("/", "Accept", "application/n-quads");
        assertFalse(root.headers().firstValue("Content-Type").orElse("").contains("n-quads"), "content type at /");
        assertFalse(java.util.regex.Pattern.compile("(?m)^<[^>]+> <[^>]+> ").matcher(root.body()).find(), "quads at /");
        assertEquals(404, http.get("/data").statusCode());
    }

    @Test
    void aCrossOriginReadIsAllowed() {
        HttpResponse<String> r = http.get("/sparql?query=" + enc(PLANS), "Origin", "https://viz.example.org");
        assertEquals(200, r.statusCode());
        assertEquals("https://viz.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void aCrossOriginPreflightForAPostIsAnswered() {
        HttpResponse<String> r = http.method("OPTIONS", "/sparql", "text/plain", "",
                "Origin", "https://viz.example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type");
        assertTrue(r.statusCode() < 300, "preflight: " + r.statusCode());
        assertEquals("https://viz.example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    static Model parse(String body, String lang) {
        Model m = ModelFactory.createDefaultModel();
        Lang l = switch (lang) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NT" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        RDFParser.create().source(new StringReader(body)).lang(l).parse(m);
        return m;
    }
}
