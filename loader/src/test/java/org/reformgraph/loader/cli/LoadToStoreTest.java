package org.reformgraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.pipeline.SimpleStages;
import org.reformgraph.loader.pipeline.TestOntology;
import org.reformgraph.loader.store.InMemoryGraphStore;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.ontology.RG;
import picocli.CommandLine;

/** {@code load --store URL}: plans go to a remote store through the Graph Store Protocol. */
class LoadToStoreTest {
    private static final String TEXT = """
            一、优化准入
            1.破除准入壁垒。推进改革（市发改委、市市场监管局负责）。
            2.压缩办理时间。全程网办（市发改委、市经信局负责）。
            """;
    private static final String BASE = RG.DEFAULT_BASE;
    private final Environment environment = new Environment(() -> new SimpleStages().stages(TestOntology.standard()),
            TestOntology::standard);

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LoaderCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private Path plan(String name) throws IOException {
        return Files.writeString(dir.resolve(name), TEXT);
    }

    @Test
    void eachPlanGraphThenTheCatalogAndTheOntologyArePut() throws IOException {
        Path a = plan("Plan_A.txt");
        Path b = plan("Plan_B.txt");
        try (InMemoryGraphStore store = new InMemoryGraphStore()) {
            Run load = run("load", "--store", store.url(), "--jurisdiction", "湖北省武汉市", a.toString(), b.toString());
            assertEquals(0, load.exit(), load.err());
            assertTrue(load.out().contains("loaded 2 plans") && load.out().contains("into " + store.url()), load.out());
            String catalog = "PUT " + BASE + "graph/catalog";
            assertEquals(java.util.List.of("GET " + BASE + "graph/catalog",
                    "PUT " + BASE + "graph/plan-a", catalog, "PUT " + IriMinter.ONTOLOGY_GRAPH,
                    "PUT " + BASE + "graph/plan-b", catalog), store.requests());
            Model entries = store.graphs().get(BASE + "graph/catalog");
            assertTrue(entries.containsResource(entries.createResource(BASE + "plan/plan-a")));
            assertTrue(entries.containsResource(entries.createResource(BASE + "plan/plan-b")),
                    "the second plan's catalog entry is added to the first's");
        }
    }

    @Test
    void loadingTwiceLeavesTheStoreAsOneLoadDid() throws IOException {
        Path a = plan("Plan_A.txt");
        try (InMemoryGraphStore store = new InMemoryGraphStore()) {
            assertEquals(0, run("load", "--store", store.url(), "--jurisdiction", "湖北省武汉市", a.toString()).exit());
            Map<String, Long> once = sizes(store.graphs());
            Model catalogOnce = copy(store.graphs().get(BASE + "graph/catalog"));
            assertEquals(0, run("load", "--store", store.url(), "--jurisdiction", "湖北省武汉市", a.toString()).exit());
            assertEquals(once, sizes(store.graphs()));
            assertTrue(catalogOnce.isIsomorphicWith(store.graphs().get(BASE + "graph/catalog")));
            assertEquals(Set.of(BASE + "graph/plan-a", BASE + "graph/catalog", IriMinter.ONTOLOGY_GRAPH),
                    store.graphs().keySet());
        }
    }

    @Test
    void aRefusedWriteFailsTheLoadNamingTheUrlAndStatus() throws IOException {
        Path a = plan("Plan_A.txt");
        try (InMemoryGraphStore store = new InMemoryGraphStore()) {
            store.refusePutsWith(401);
            Run load = run("load", "--store", store.url(), "--jurisdiction", "湖北省武汉市", a.toString());
            assertEquals(LoaderCli.FAILED, load.exit());
            assertTrue(load.err().startsWith("error: PUT " + store.url() + "?graph=") && load.err().contains("HTTP 401"),
                    load.err());
        }
    }

    @Test
    void aDatabaseAndAStoreAreOneOrTheOther() throws IOException {
        Path a = plan("Plan_A.txt");
        Run both = run("load", "--db", dir.resolve("db").toString(), "--store", "http://127.0.0.1:1/ds", a.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        Run gspAlone = run("load", "--gsp", "http://127.0.0.1:1/ds", a.toString());
        assertEquals(2, gspAlone.exit());
        assertTrue(gspAlone.err().contains("--store"), gspAlone.err());
    }

    private static Map<String, Long> sizes(Map<String, Model> graphs) {
        Map<String, Long> sizes = new TreeMap<>();
        graphs.forEach((name, model) -> sizes.put(name, model.size()));
        return sizes;
    }

    private static Model copy(Model model) {
        return ModelFactory.createDefaultModel().add(model);
    }
}
