package org.reformgraph.api.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comunica ({@code @comunica/query-sparql}, on Node) against the real server over the seeds, with the endpoint as a
 * SPARQL source: the same answers as Jena reads directly, language tags intact. Skipped unless {@code node} runs and
 * the client is installed in {@code src/test/clients/comunica/node_modules} ({@code .ci/run} runs {@code npm ci} there).
 */
@ClientsServerTest
@EnabledIf(value = "comunicaInstalled", disabledReason = "Comunica is not installed: needs node and `npm ci` in "
        + "sparql-api/src/test/clients/comunica (as .ci/run does)")
class ComunicaClientTest {
    static Path folder;

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    /** Whether node runs and the client is installed: otherwise the class is skipped, saying why, before the server starts. */
    static boolean comunicaInstalled() {
        folder = ExternalClient.clients().resolve("comunica");
        return ExternalClient.succeeds(folder, "node", "--version")
                && Files.isDirectory(folder.resolve("node_modules/@comunica/query-sparql"));
    }

    JsonNode run(String query) throws Exception {
        return ExternalClient.run(folder, "node", "query.mjs", "http://127.0.0.1:" + port + "/sparql", query);
    }

    @Test
    void selectsPlansWithChineseLabelsTagged() throws Exception {
        List<String> rows = Answers.rows(run(SeedQueries.PLAN_JURISDICTIONS));
        assertEquals(Answers.selectInJena(dataset, SeedQueries.PLAN_JURISDICTIONS), rows);
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"武汉市\"@zh")), rows.toString());
    }

    @Test
    void aggregatesComeBackWithTheirLabels() throws Exception {
        List<String> rows = Answers.rows(run(SeedQueries.AGENCY_TYPES));
        assertEquals(Answers.selectInJena(dataset, SeedQueries.AGENCY_TYPES), rows);
        assertTrue(rows.stream().allMatch(r -> r.contains("@zh")), rows.toString());
    }

    @Test
    void constructsTriplesWithTaggedNames() throws Exception {
        List<String> triples = Answers.triples(run(SeedQueries.WUHAN_AGENCIES));
        assertEquals(Answers.constructInJena(dataset, SeedQueries.WUHAN_AGENCIES), triples);
        assertTrue(triples.stream().anyMatch(t -> t.contains("\"武汉市发展和改革委员会\"@zh")), triples.toString());
    }
}
