package org.reformgraph.api.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Python's SPARQLWrapper and rdflib, as Debian ships them, against the real server over the seeds: each answer must
 * be what Jena reads from the dataset directly, Chinese labels with their {@code @zh} tags included. Skipped when
 * {@code /usr/bin/python3} cannot import them ({@code .ci/run} installs python3-sparqlwrapper and python3-rdflib).
 */
@ClientsServerTest
@EnabledIf(value = "pythonClientsInstalled", disabledReason = "/usr/bin/python3 cannot import SPARQLWrapper and rdflib: "
        + "apt-get install python3-sparqlwrapper python3-rdflib (as .ci/run does)")
class PythonClientsTest {
    static final String PYTHON = "/usr/bin/python3";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    Path scripts;

    /** Whether Debian's Python has both clients: otherwise the class is skipped, saying why, before the server starts. */
    static boolean pythonClientsInstalled() {
        return ExternalClient.succeeds(Path.of("."), PYTHON, "-c", "import SPARQLWrapper, rdflib");
    }

    @BeforeEach
    void paths() {
        scripts = ExternalClient.clients().resolve("python");
    }

    JsonNode run(String mode, String query) throws Exception {
        return ExternalClient.run(scripts, PYTHON, "clients.py", mode, "http://127.0.0.1:" + port + "/sparql", query);
    }

    @Test
    void sparqlWrapperSelectsPlansWithChineseLabels() throws Exception {
        JsonNode printed = run("select", SeedQueries.PLAN_JURISDICTIONS);
        assertEquals(List.of("plan", "jurisdiction", "label"), List.of(printed.path("vars").get(0).asText(),
                printed.path("vars").get(1).asText(), printed.path("vars").get(2).asText()));
        List<String> rows = Answers.rows(printed);
        assertEquals(Answers.selectInJena(dataset, SeedQueries.PLAN_JURISDICTIONS), rows);
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"武汉市\"@zh")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"东西湖区\"@zh")), rows.toString());
    }

    @Test
    void aConstructArrivesInAnRdflibGraph() throws Exception {
        List<String> triples = Answers.triples(run("construct", SeedQueries.WUHAN_AGENCIES));
        assertEquals(Answers.constructInJena(dataset, SeedQueries.WUHAN_AGENCIES), triples);
        assertTrue(triples.size() > 10, triples.toString());
        assertTrue(triples.stream().anyMatch(t -> t.contains("\"武汉市发展和改革委员会\"@zh")), triples.toString());
    }

    @Test
    void rdflibsSparqlStoreQueriesTheEndpoint() throws Exception {
        List<String> rows = Answers.rows(run("store", SeedQueries.AGENCY_TYPES));
        assertEquals(Answers.selectInJena(dataset, SeedQueries.AGENCY_TYPES), rows);
        assertTrue(rows.size() > 3, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains("@zh")), rows.toString());
    }
}
