package org.reformgraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.pipeline.LoaderVersion;
import org.reformgraph.loader.pipeline.SimpleStages;
import org.reformgraph.loader.pipeline.TestOntology;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;
import picocli.CommandLine;

class LoaderCliTest {
    private static final String TEXT = """
            一、优化准入
            1.破除准入壁垒。推进改革（市发改委、市市场监管局负责）。
            2.压缩办理时间。全程网办（市发改委、市经信局负责）。
            """;
    private final Environment environment = new Environment(() -> new SimpleStages().stages(TestOntology.standard()),
            TestOntology::standard);

    @TempDir
    Path dir;
    private Path db;
    private Path plan;

    @BeforeEach
    void files() throws IOException {
        db = dir.resolve("db");
        plan = Files.writeString(dir.resolve("Plan_A.txt"), TEXT);
    }

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LoaderCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run load() {
        return run("load", "--db", db.toString(), "--jurisdiction", "湖北省武汉市", plan.toString());
    }

    @Test
    void profilePrintsEveryStageOnceAfterTheSummary() {
        Run load = run("load", "--profile", "--threads", "2", "--db", db.toString(), "--jurisdiction", "湖北省武汉市",
                plan.toString());
        assertEquals(0, load.exit(), load.err());
        String out = load.out();
        int profile = out.indexOf("profile: 1 plans in ");
        assertTrue(profile > out.indexOf("loaded 1 plan, "), out);
        assertTrue(out.contains("2 extraction threads, 1 write transaction, peak heap "), out);
        for (String stage : org.reformgraph.loader.pipeline.LoadProfile.STAGES) {
            assertTrue(out.substring(profile).lines().anyMatch(line -> line.matches("  " + stage + " +[0-9.]+ +[0-9.]+ +[0-9.]+%")),
                    stage + " missing in\n" + out);
        }
        // the JVM's options close the profile: the test JVM's own (Surefire's), or its defaults
        String jvm = out.substring(profile).lines().filter(line -> line.startsWith("  jvm: ")).findFirst().orElseThrow(
                () -> new AssertionError("no jvm line in\n" + out));
        assertEquals(org.reformgraph.loader.pipeline.JvmFlags.profileLine(
                org.reformgraph.loader.pipeline.JvmFlags.ofThisJvm()), jvm);
    }

    @Test
    void aBatchOfNoPlansIsACommandLineError() {
        Run load = run("load", "--batch", "0", "--db", db.toString(), "--jurisdiction", "湖北省武汉市", plan.toString());
        assertEquals(2, load.exit());
        assertTrue(load.err().contains("a batch must hold at least 1 plan, not 0"), load.err());
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        for (String command : new String[] {"load", "export", "query", "validate"}) {
            assertTrue(help.out().contains(command), help.out());
        }
    }

    @Test
    void versionIsTheLoaderVersion() {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertEquals("reformgraph " + LoaderVersion.get(), version.out().strip());
    }

    @Test
    void otherModulesAddSubcommands() {
        @CommandLine.Command(name = "serve")
        class Serve implements Runnable {
            @Override
            public void run() {
            }
        }
        CommandLine commandLine = LoaderCli.commandLine(environment, new Serve());
        assertTrue(commandLine.getSubcommands().containsKey("serve"));
        assertTrue(commandLine.getSubcommands().containsKey("load"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run().exit());
        Run noDb = run("load", plan.toString());
        assertEquals(2, noDb.exit());
        assertTrue(noDb.err().contains("--db"), noDb.err());
        assertEquals(2, run("export", "--db", db.toString(), "--format", "xml").exit());
    }

    @Test
    void loadsAFileDescribedByOptionsAndSummarisesIt() {
        Run load = load();
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("plan-a: 2 measures, 3 attributions, 2 agencies, 0 mentions, 1 warnings"), load.out());
        assertTrue(load.out().contains("  warning: resolve line 3: '市经信局' names no agency the loader knows; left out"), load.out());
        assertTrue(load.out().contains("loaded 1 plan"), load.out());
    }

    @Test
    void loadsACatalogFolderWithAProgressBarAndAFileByItsCatalogEntry() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plans"));
        StringBuilder catalog = new StringBuilder();
        for (String id : new String[] {"p-1", "p-2", "p-3"}) {
            Files.writeString(folder.resolve(id + ".txt"), TEXT);
            catalog.append(entry(id, id + ".txt"));
        }
        Files.writeString(folder.resolve("catalog.ttl"), catalog);

        Run load = run("load", "--db", db.toString(), folder.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("p-3: 2 measures"), load.out());
        assertTrue(load.out().contains("loaded 3 plans"), load.out());
        assertTrue(load.err().contains("] 3/3 p-3"), "three plans get a progress bar: " + load.err());

        Run one = run("load", "--db", db.toString(), folder.resolve("p-2.txt").toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().startsWith("p-2: "), "the catalog next to the file names it: " + one.out());
        assertEquals("", one.err(), "one plan off a terminal: no progress bar");
    }

    private static String entry(String id, String file) {
        return """
                <plan/%1$s> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/identifier> "%1$s" ;
                    <https://w3id.org/reformgraph/ontology#jurisdiction> <jurisdiction/wuhan> ;
                    <http://www.w3.org/ns/dcat#distribution> [ <https://w3id.org/reformgraph/ontology#sourceFile> "%2$s" ] .
                <jurisdiction/wuhan> <http://www.w3.org/2000/01/rdf-schema#label> "武汉市"@zh ;
                    <https://w3id.org/reformgraph/ontology#level> <https://w3id.org/reformgraph/ontology#City> .
                """.formatted(id, file);
    }

    @Test
    void aFailedLoadPrintsTheErrorWithoutAStackTraceAndExitsWithOne() {
        Run missing = run("load", "--db", db.toString(), "--jurisdiction", "武汉市", dir.resolve("missing.txt").toString());
        assertEquals(1, missing.exit());
        assertEquals("error: " + dir.resolve("missing.txt") + ": no such file or folder", missing.err().strip());

        Run verbose = run("load", "--db", db.toString(), "--verbose", "--jurisdiction", "武汉市", dir.resolve("missing.txt").toString());
        assertTrue(verbose.err().contains("\tat org.reformgraph"), verbose.err());
    }

    @Test
    void aFileWithoutCatalogEntryNeedsAJurisdiction() {
        Run load = run("load", "--db", db.toString(), plan.toString());
        assertEquals(1, load.exit());
        assertTrue(load.err().contains("--jurisdiction"), load.err());
    }

    @Test
    void exportsNQuadsTriGAndTheUnionAsTurtle() {
        assertEquals(0, load().exit());
        DatasetGraph stored = storedCopy();

        DatasetGraph nquads = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run("export", "--db", db.toString(), "--format", "nq").out(), Lang.NQUADS).parse(nquads);
        assertEquals(stored.stream().count(), nquads.stream().count());

        DatasetGraph trig = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run("export", "--db", db.toString(), "--format", "trig").out(), Lang.TRIG).parse(trig);
        assertEquals(stored.stream().count(), trig.stream().count());

        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(run("export", "--db", db.toString(), "--format", "ttl").out(), Lang.TURTLE).parse(turtle);
        Model union = ModelFactory.createDefaultModel();
        stored.stream().forEach(quad -> union.getGraph().add(quad.asTriple()));
        assertTrue(turtle.isIsomorphicWith(union));
    }

    @Test
    void queriesSeeAllGraphs() throws IOException {
        assertEquals(0, load().exit());
        Path select = Files.writeString(dir.resolve("measures.rq"),
                "PREFIX rg: <" + RG.NS + "> SELECT (COUNT(?m) AS ?measures) { ?m a rg:Measure }");
        Run csv = run("query", "--db", db.toString(), select.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals("measures\r\n2\r\n", csv.out());
        String json = run("query", "--db", db.toString(), select.toString(), "--format", "json").out();
        assertTrue(json.matches("(?s).*\"value\"\\s*:\\s*\"2\".*"), json);

        Path construct = Files.writeString(dir.resolve("agencies.rq"),
                "PREFIX rg: <" + RG.NS + "> CONSTRUCT { ?a a rg:Agency } WHERE { ?a a rg:Agency }");
        Model agencies = ModelFactory.createDefaultModel();
        RDFParser.fromString(run("query", "--db", db.toString(), construct.toString()).out(), Lang.TURTLE).parse(agencies);
        assertEquals(2, agencies.size());
    }

    @Test
    void aBrokenQueryIsAnErrorNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rq"), "SELECT ?x WHERE { ?x ");
        Run run = run("query", "--db", db.toString(), broken.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: " + broken + ":1: not a SPARQL query"), run.err());
    }

    @Test
    void validateReportsEachPlanGraphAndFailsOnViolations() {
        assertEquals(0, load().exit());
        Run valid = run("validate", "--db", db.toString());
        assertEquals(0, valid.exit(), valid.out());
        assertTrue(valid.out().contains(RG.DEFAULT_BASE + "graph/plan-a: conforms"), valid.out());

        Dataset dataset = PlanStore.open(db);
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(RG.DEFAULT_BASE + "graph/plan-a")
                .createResource(RG.DEFAULT_BASE + "plan/plan-a/9").addProperty(RDF.type, RG.Measure));
        dataset.close();
        Run invalid = run("validate", "--db", db.toString());
        assertEquals(1, invalid.exit());
        assertTrue(invalid.out().contains("graph/plan-a: 2 violations"), invalid.out());
        assertFalse(invalid.out().contains("1 of 1"), invalid.out());
    }

    private DatasetGraph storedCopy() {
        Dataset dataset = PlanStore.open(db);
        try {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().stream().forEach(copy::add));
            return copy;
        } finally {
            dataset.close();
        }
    }
}
