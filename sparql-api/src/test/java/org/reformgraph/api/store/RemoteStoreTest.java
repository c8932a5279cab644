package org.reformgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.ReformgraphMain;
import org.reformgraph.api.serve.ReformgraphDataset;
import org.reformgraph.api.serve.ServeCommand;
import org.reformgraph.api.serve.ServeSettings;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.store.RemoteGraphStore;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.reformgraph.ontology.RG;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;
import org.reformgraph.queries.QueryParameter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * Remote-store mode against a real, separate Fuseki process: the five seeds are loaded into it with
 * {@code load --store}, and the server started with {@code serve --store} must answer every named query, and the
 * SPARQL endpoint, as the server over the embedded store loaded with the same seeds does. Both union strategies are
 * run: {@code from} over a dataset whose default graph is its own ({@code /plain}), {@code default} over one whose
 * default graph is the union ({@code /union}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteStoreTest {
    private static final String RG_NS = "https://w3id.org/reformgraph/ontology#";
    private static final String COUNT_MEASURES_BY_PLAN = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            SELECT ?plan (COUNT(?m) AS ?measures) WHERE { ?m a rg:Measure ; rg:plan ?plan } GROUP BY ?plan
            """;

    private Path dir;
    private FusekiProcess fuseki;
    private Dataset embedded;
    private ConfigurableApplicationContext embeddedServer;
    private final Map<String, ConfigurableApplicationContext> remoteServers = new LinkedHashMap<>();
    private Http local;
    private final Map<String, Http> remotes = new LinkedHashMap<>();

    @BeforeAll
    void startStoresAndServers(@TempDir Path dir) throws IOException {
        this.dir = dir;
        fuseki = FusekiProcess.start(dir);
        Path seeds = seeds();
        // Load the embedded store while Fuseki starts.
        embedded = ScratchDatasets.tdb2();
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(embedded, seeds, report -> { });
        ReformgraphDataset.configure(embedded, Duration.ofSeconds(20));
        fuseki.awaitReady(Duration.ofSeconds(60));

        int exit = ReformgraphMain.commandLine().execute("load", "--store", fuseki.dataset("plain"), seeds.toString());
        assertEquals(0, exit, "load --store");
        copyEveryGraph(fuseki.dataset("plain"), fuseki.dataset("union"));

        embeddedServer = ReformgraphApplication.start(embedded,
                new ServeSettings(dir.resolve("unused-db"), seeds, RG.DEFAULT_BASE, "127.0.0.1", 0, Duration.ofSeconds(20)));
        local = new Http(port(embeddedServer));
        serveRemote("from", fuseki.dataset("plain"));
        serveRemote("default", fuseki.dataset("union"));
    }

    private void serveRemote(String union, String url) {
        ServeCommand serve = new ServeCommand();
        int exit = new CommandLine(serve).execute("--store", url, "--union", union, "--port", "0",
                "--query-timeout", "20s");
        assertEquals(0, exit, "serve --store " + url);
        remoteServers.put(union, serve.context());
        remotes.put(union, new Http(port(serve.context())));
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        remoteServers.values().forEach(ConfigurableApplicationContext::close);
        if (embeddedServer != null) {
            embeddedServer.close(); // closes the embedded dataset
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryAnswersAsOnTheEmbeddedStore() {
        QueryLibrary library = QueryLibrary.fromClasspath();
        assertFalse(library.all().isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        for (NamedQuery query : library.all()) {
            if (query.parse().toString().contains("http://jena.apache.org/text#")) {
                continue; // full-text search needs the embedded store's index (search-measures says so)
            }
            String path = "/api/queries/" + query.name() + "?format=json" + arguments(query);
            Map<String, String> concatenated = Answers.concatenations(query.parse());
            for (String union : remotes.keySet()) {
                tests.add(DynamicTest.dynamicTest(query.name() + " (union by " + union + ")", () -> {
                    HttpResponse<String> expected = local.get(path);
                    HttpResponse<String> actual = remotes.get(union).get(path);
                    assertEquals(200, expected.statusCode(), expected.body());
                    assertEquals(200, actual.statusCode(), actual.body());
                    assertEquals(Answers.jsonRows(expected.body(), concatenated),
                            Answers.jsonRows(actual.body(), concatenated), path);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theStoreWithoutAUnionDefaultGraphReallyNeedsTheFromStrategy() {
        // Sent as they are, the queries would see /plain's empty default graph: the strategy is what makes them work.
        HttpResponse<String> direct = StoreHttp.get(fuseki.dataset("plain") + "?query=" + enc(COUNT_MEASURES_BY_PLAN), "Accept", "text/csv");
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(1, direct.body().strip().lines().count(), "only the header: " + direct.body());
        List<String> viaServer = Answers.csvRows(remotes.get("from").get("/sparql?query=" + enc(COUNT_MEASURES_BY_PLAN),
                "Accept", "text/csv").body());
        assertEquals(5, viaServer.size(), viaServer.toString());
    }

    @Test
    void sparqlSelectAnswersAsTheEmbeddedEndpointInJsonAndCsv() {
        String query = """
                PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?agency ?label (COUNT(DISTINCT ?m) AS ?measures) WHERE {
                  ?m rg:leadAgency ?agency . ?agency skos:prefLabel ?label .
                } GROUP BY ?agency ?label
                """;
        for (Http remote : remotes.values()) {
            HttpResponse<String> json = remote.get("/sparql?query=" + enc(query), "Accept", "application/sparql-results+json");
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(Http.contentType(json).startsWith("application/sparql-results+json"), Http.contentType(json));
            List<String> expected = Answers.jsonRows(local.get("/sparql?query=" + enc(query),
                    "Accept", "application/sparql-results+json").body());
            assertTrue(expected.size() > 10, "the seeds have many lead agencies: " + expected.size());
            assertEquals(expected, Answers.jsonRows(json.body()));

            HttpResponse<String> csv = remote.post("/sparql", "application/sparql-query", query, "Accept", "text/csv");
            assertEquals(200, csv.statusCode(), csv.body());
            assertEquals(Answers.csvRows(local.post("/sparql", "application/sparql-query", query, "Accept", "text/csv")
                    .body()), Answers.csvRows(csv.body()));
            HttpResponse<String> byFormat = remote.get("/sparql?format=csv&query=" + enc(query));
            assertTrue(Http.contentType(byFormat).startsWith("text/csv"), Http.contentType(byFormat));
        }
    }

    @Test
    void constructAnswersAsTheEmbeddedEndpoint() {
        String query = """
                PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                CONSTRUCT { ?p a rg:Plan ; rg:year ?y } WHERE { ?p a rg:Plan ; rg:year ?y }
                """;
        Model expected = turtle(local.get("/sparql?format=turtle&query=" + enc(query)).body());
        assertEquals(5, expected.listSubjects().toList().size());
        for (Http remote : remotes.values()) {
            HttpResponse<String> answer = remote.get("/sparql?query=" + enc(query), "Accept", "text/turtle");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(expected.isIsomorphicWith(turtle(answer.body())), answer.body());
        }
    }

    @Test
    void theResultCapHoldsOnTheRemoteStore() {
        // max-results is 100000 by default; a query asking for more is lowered, and says so.
        HttpResponse<String> answer = remotes.get("from").get("/sparql?query="
                + enc("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000000"), "Accept", "text/csv");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("100000", answer.headers().firstValue("Reformgraph-Result-Limit").orElse(null));
    }

    @Test
    void updatesAndFederatedQueriesAreRefused() {
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        for (Http remote : remotes.values()) {
            HttpResponse<String> form = remote.post("/sparql", "application/x-www-form-urlencoded", "update=" + enc(update));
            assertEquals(400, form.statusCode(), form.body());
            assertTrue(form.body().contains("read-only"), form.body());
            HttpResponse<String> body = remote.post("/sparql", "application/sparql-update", update);
            assertEquals(400, body.statusCode(), body.body());
            HttpResponse<String> asQuery = remote.post("/sparql", "application/sparql-query", update);
            assertEquals(400, asQuery.statusCode(), "an update is not a query: " + asQuery.body());
            HttpResponse<String> federated = remote.get("/sparql?query="
                    + enc("SELECT * WHERE { SERVICE <" + fuseki.dataset("plain") + "> { ?s ?p ?o } }"));
            assertEquals(400, federated.statusCode(), "no SERVICE calls: " + federated.body());
            assertEquals(405, remote.method("PUT", "/graph?graph=" + enc("urn:x"), "text/turtle",
                    "<urn:a> <urn:b> <urn:c> .").statusCode());
        }
        HttpResponse<String> graphs = StoreHttp.get(fuseki.dataset("plain") + "?query=" + enc("ASK { GRAPH <urn:x> { ?s ?p ?o } }"),
                "Accept", "text/csv");
        assertTrue(graphs.body().contains("false"), "nothing reached the store: " + graphs.body());
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeLimitWhileOthersAnswer() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        Http remote = remotes.get("from");
        long start = System.nanoTime();
        var pending = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> remote.get("/sparql?timeout=1&query=" + enc(runaway), "Accept", "text/csv"));
        HttpResponse<String> simple = remote.get("/sparql?query=" + enc(COUNT_MEASURES_BY_PLAN), "Accept", "text/csv");
        assertEquals(200, simple.statusCode(), "a simple query answers meanwhile: " + simple.body());
        HttpResponse<String> stopped = pending.get();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("timed out"), stopped.body());
        assertTrue(tookMillis < 3500, "stopped after about 1 s, not " + tookMillis + " ms");
    }

    @Test
    void graphStoreReadsOfOnePlanGraph() {
        String graph = RG.DEFAULT_BASE + "graph/wuhan-2023";
        Model expected = turtle(local.get("/graph?graph=" + enc(graph), "Accept", "text/turtle").body());
        assertTrue(expected.size() > 100, "the Wuhan plan graph: " + expected.size());
        for (Http remote : remotes.values()) {
            HttpResponse<String> answer = remote.get("/graph?graph=" + enc(graph));
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(Http.contentType(answer).startsWith("text/turtle"), Http.contentType(answer));
            assertEquals(withoutTimes(expected).size(), withoutTimes(turtle(answer.body())).size());
            assertEquals(404, remote.get("/graph?graph=" + enc(RG.DEFAULT_BASE + "graph/nowhere")).statusCode());
            assertEquals(400, remote.get("/graph").statusCode(), "the whole dataset is not served");
            HttpResponse<String> ntriples = remote.get("/graph?format=nt&graph=" + enc(graph));
            assertTrue(Http.contentType(ntriples).startsWith("application/n-triples"), Http.contentType(ntriples));
        }
    }

    @Test
    void readinessWaitsForTheStore() {
        for (Http remote : remotes.values()) {
            HttpResponse<String> ready = remote.get("/actuator/health/readiness");
            assertEquals(200, ready.statusCode(), ready.body());
        }
    }

    @Test
    void loadingAgainGivesTheSameStore() throws IOException {
        String url = fuseki.dataset("scratch");
        Path plan = smallestSeed(); // its catalog entry is found next to it
        assertEquals(0, ReformgraphMain.commandLine().execute("load", "--store", url, plan.toString()));
        Map<String, Long> once = graphSizes(url);
        assertEquals(3, once.size(), "the plan graph, the catalog and the ontology: " + once.keySet());
        assertEquals(0, ReformgraphMain.commandLine().execute("load", "--store", url, plan.toString()));
        assertEquals(once, graphSizes(url));
    }

    @Test
    void theVersionProbeSeesALoadAndTheTtlEndsEveryAnswer() {
        String url = fuseki.dataset("scratch");
        HttpClient client = HttpClient.newHttpClient();
        StoreProbe probe = new StoreProbe(url, client, Duration.ZERO, Clock.systemUTC());
        StoreProbe.Snapshot before = probe.current();
        try (RemoteGraphStore store = new RemoteGraphStore(url)) {
            Model one = turtle("<urn:test:s> <urn:test:p> \"" + System.nanoTime() + "\" .");
            store.replace("urn:test:probe-graph", one);
        }
        StoreProbe.Snapshot after = probe.current();
        assertTrue(after.graphs().contains("urn:test:probe-graph"), after.graphs().toString());
        assertNotEquals(before.version(), after.version());
        assertEquals(after, probe.current(), "nothing changed since");

        Clock t0 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock t1 = Clock.fixed(Instant.parse("2026-01-01T00:05:00Z"), ZoneOffset.UTC);
        Duration ttl = Duration.ofMinutes(5);
        assertNotEquals(new RemoteDataVersion(probe, ttl, t0).current(), new RemoteDataVersion(probe, ttl, t1).current(),
                "a TTL later, every cached answer is stale");
        assertEquals(new RemoteDataVersion(probe, ttl, t0).current(), new RemoteDataVersion(probe, ttl, t0).current());
        assertTrue(new RemoteDataVersion(probe, Duration.ZERO, t0).current().isEmpty(), "a TTL of 0 turns caching off");
    }

    // --- helpers

    /** Values for the parameters a query requires; the others take their declared defaults. */
    private String arguments(NamedQuery query) {
        StringBuilder arguments = new StringBuilder();
        for (QueryParameter p : query.parameters()) {
            if (p.required()) {
                arguments.append('&').append(enc(p.name())).append('=').append(enc(fixture(query, p)));
            }
        }
        return arguments.toString();
    }

    /**
     * A value from the embedded store's data for a required IRI parameter, chosen by what the parameter's name says
     * it is; a plain value for the other types.
     */
    private String fixture(NamedQuery query, QueryParameter p) {
        String name = p.name().toLowerCase(java.util.Locale.ROOT);
        return switch (p.type().kind()) {
            case IRI -> {
                Map<String, String> pick = new TreeMap<>(Map.of(
                        "agencytype", "SELECT ?v WHERE { ?a <" + RG_NS + "agencyType> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?a)) ?v",
                        "agency", "SELECT ?v WHERE { ?m <" + RG_NS + "responsibleAgency> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?m)) ?v",
                        "plan", "SELECT ?v WHERE { ?v a <" + RG_NS + "Plan> } ORDER BY ?v",
                        "measure", "SELECT ?v WHERE { ?v a <" + RG_NS + "Measure> ; <" + RG_NS + "responsibleAgency> ?a } ORDER BY ?v",
                        "city", "SELECT ?v WHERE { ?j <" + RG_NS + "city> ?v } ORDER BY ?v",
                        "jurisdiction", "SELECT ?v WHERE { ?p <" + RG_NS + "jurisdiction> ?v } ORDER BY ?v",
                        "reformtype", "SELECT ?v WHERE { ?m <" + RG_NS + "reformType> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?m)) ?v",
                        "topic", "SELECT ?v WHERE { ?m <" + RG_NS + "topic> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?m)) ?v"));
                // the longest key the name contains: "leadAgencyType" is an agency type, not an agency
                String key = pick.keySet().stream().filter(name::contains)
                        .max(java.util.Comparator.comparingInt(String::length))
                        .orElseThrow(() -> new AssertionError("query '" + query.name() + "' requires the IRI parameter '"
                                + p.name() + "': add a way to pick one to RemoteStoreTest.fixture"));
                yield firstValue(pick.get(key) + " LIMIT 1", query, p);
            }
            case STRING, LANG_STRING -> "发展";
            case INTEGER -> "2023";
            case DECIMAL -> "1.0";
            case BOOLEAN -> "true";
            case DATE -> "2023-01-01";
        };
    }

    private String firstValue(String sparql, NamedQuery query, QueryParameter p) {
        return Txn.calculateRead(embedded, () -> {
            try (QueryExecution exec = QueryExecution.dataset(embedded).query(sparql).build()) {
                var results = exec.execSelect();
                if (!results.hasNext()) {
                    throw new AssertionError("no value in the seeds for parameter '" + p.name() + "' of '" + query.name() + "'");
                }
                QuerySolution row = results.next();
                return row.getResource("v").getURI();
            }
        });
    }

    private static Map<String, Long> graphSizes(String url) {
        String query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        HttpResponse<String> answer = StoreHttp.get(url + "?query=" + enc(query), "Accept", "text/csv");
        Map<String, Long> sizes = new TreeMap<>();
        answer.body().strip().lines().skip(1).forEach(line -> {
            String[] cells = line.split(",");
            sizes.put(cells[0], Long.parseLong(cells[1].strip()));
        });
        return sizes;
    }

    private void copyEveryGraph(String from, String to) {
        try (RemoteGraphStore source = new RemoteGraphStore(from); RemoteGraphStore target = new RemoteGraphStore(to)) {
            for (String graph : graphSizes(from).keySet()) {
                target.replace(graph, source.read(graph).orElseThrow());
            }
        }
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(model);
        return model;
    }

    /** The graph without its load run's times, which differ between two loads. */
    private static Model withoutTimes(Model model) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.removeAll(null, copy.createProperty("http://www.w3.org/ns/prov#startedAtTime"), null);
        copy.removeAll(null, copy.createProperty("http://www.w3.org/ns/prov#endedAtTime"), null);
        return copy;
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static Path smallestSeed() throws IOException {
        try (Stream<Path> files = Files.list(seeds())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .min(java.util.Comparator.comparingLong(RemoteStoreTest::size))
                    .orElseThrow(() -> new AssertionError("no seed plan in " + seeds()));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path seeds() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder above " + Paths.get("").toAbsolutePath());
    }
}
