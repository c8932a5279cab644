package org.reformgraph.api.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphMain;
import org.reformgraph.loader.testing.ScratchDatasets;
import picocli.CommandLine;

class ServeCommandTest {
    static final String PLAN_QUAD = "(<https://w3id.org/reformgraph/id/graph/p> <https://w3id.org/reformgraph/id/plan/p> "
            + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/reformgraph/ontology#Plan>)";

    @Test
    void servesAnExistingDatabaseWithoutReloadingTheSeeds(@TempDir Path dir) {
        Path db = dir.resolve("tdb2");
        Dataset existing = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(existing, () -> existing.asDatasetGraph().add(SSE.parseQuad(PLAN_QUAD)));
        TDBInternal.expel(existing.asDatasetGraph()); // as if another process had written it and exited

        ServeCommand serve = new ServeCommand();
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(serve).execute("--db", db.toString(), "--seeds", dir.resolve("absent").toString(),
                    "--port", "0", "--query-timeout", "5s");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
        try {
            int port = serve.context().getEnvironment().getProperty("local.server.port", Integer.class);
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("/sparql"), "says where it serves");
            assertFalse(printed.toString(StandardCharsets.UTF_8).contains("loading the seeds"));
            HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query="
                    + enc("SELECT ?p WHERE { ?p a <https://w3id.org/reformgraph/ontology#Plan> }"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("/plan/p"), "the union default graph is on: " + r.body());
        } finally {
            serve.context().close();
        }
    }

    @Test
    void anEmptyDatabaseWithNoSeedsFolderIsAClearError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = ReformgraphMain.commandLine();
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("serve", "--db", dir.resolve("tdb2").toString(), "--seeds", dir.resolve("nope").toString(),
                "--port", "0");
        assertEquals(1, exit);
        assertTrue(err.toString().contains("seeds folder"), err.toString());
        assertTrue(err.toString().contains("nope"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void seedsAreNotLoadedIntoADatabaseThatHasPlans(@TempDir Path dir) {
        Dataset dataset = ScratchDatasets.tdb2();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(SSE.parseQuad(PLAN_QUAD)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), SeedLoading.loadIfEmpty(dataset, dir, "https://example.org/id/",
                new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPlanOnlyInTheDefaultGraphDoesNotCountAsLoaded() {
        Dataset dataset = ScratchDatasets.tdb2();
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(new Quad(Quad.defaultGraphIRI,
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://w3id.org/reformgraph/ontology#Plan"))));
        assertFalse(SeedLoading.hasPlans(dataset), "plans live in named graphs");
    }

    @Test
    void optionsAreCheckedWithReadableMessages() {
        StringWriter err = new StringWriter();
        CommandLine cl = ReformgraphMain.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("serve", "--query-timeout", "soon"));
        assertTrue(err.toString().contains("'soon' is not a duration"), err.toString());
        assertEquals(Duration.ofMillis(1500), new DurationConverter().convert("1500ms"));
        assertEquals(Duration.ofMinutes(2), new DurationConverter().convert("2m"));
        assertEquals(Duration.ofSeconds(45), new DurationConverter().convert("PT45S"));
        assertEquals("30s", DurationConverter.format(Duration.ofSeconds(30)));
        assertEquals("1500ms", DurationConverter.format(Duration.ofMillis(1500)));
    }

    @Test
    void helpListsTheServeOptions() {
        StringWriter out = new StringWriter();
        CommandLine cl = ReformgraphMain.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("serve", "--help"));
        for (String option : new String[] {"--db", "--port", "--base", "--seeds", "--bind", "--query-timeout"}) {
            assertTrue(out.toString().contains(option), option + " in " + out);
        }
    }
}
