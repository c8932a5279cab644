package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reformgraph.bench.synth.CorpusGenerator;
import org.reformgraph.bench.synth.GeneratorConfig;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The endpoint benchmark: reformgraph, a standalone Fuseki and Virtuoso serving the same export, compared on the
 * named queries (answers first, then timings), text search, {@code serve}'s time to ready and concurrent load; the
 * results replace the {@code endpoint} section of docs/BENCHMARKS.md. Every peer runs as a child process on
 * loopback and is stopped at the end (or killed, should the benchmark be interrupted).
 */
@Command(name = "EndpointBenchmark", mixinStandardHelpOptions = true,
        description = "Runs reformgraph, a standalone Fuseki and Virtuoso on the same data and measures them side by side.")
public final class EndpointBenchmark implements Callable<Integer> {
    /** What the SPARQL endpoints are warmed with: answered from the indexes at once, so only the request path runs. */
    static final String WARM_UP_QUERY = "ASK { ?s ?p ?o }";

    @Option(names = "--plans", description = "synthetic plans to generate (default: ${DEFAULT-VALUE})")
    int plans = 100;

    @Option(names = "--seed", description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--corpus", paramLabel = "DIR", description = "an already generated corpus (a folder with catalog.ttl) instead of generating one")
    Path corpus;

    @Option(names = "--db", paramLabel = "DIR", description = "an existing reformgraph database to benchmark (copied, never changed) instead of loading a corpus")
    Path db;

    @Option(names = "--runs", description = "timed requests per query and peer (default: ${DEFAULT-VALUE})")
    int runs = 20;

    @Option(names = "--warmup", description = "untimed requests before them (default: ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--budget", paramLabel = "SECONDS", description = "time budget per query and peer; a slow query gets fewer runs, at least 3 (default: ${DEFAULT-VALUE})")
    int budgetSeconds = 30;

    @Option(names = "--answer-timeout", paramLabel = "SECONDS", description = "longest wait for one answer; the servers' query time limit (default: ${DEFAULT-VALUE})")
    int answerTimeoutSeconds = 300;

    @Option(names = "--queries", split = ",", paramLabel = "NAME", description = "only these named queries (default: all)")
    List<String> queries;

    @Option(names = "--phrases", split = ",", description = "phrases for the text search (default: ${DEFAULT-VALUE})")
    List<String> phrases = List.of("带押过户", "证照分离", "一网通办", "告知承诺", "跨省通办", "企业开办");

    @Option(names = "--wrk-query", description = "the named query wrk drives (default: ${DEFAULT-VALUE})")
    String wrkQuery = "lead-agency-types";

    @Option(names = "--wrk-connections", split = ",", description = "client connections, one wrk run each (default: ${DEFAULT-VALUE})")
    List<Integer> wrkConnections = List.of(16, 64);

    @Option(names = "--wrk-threads", description = "wrk threads (default: ${DEFAULT-VALUE})")
    int wrkThreads = 4;

    @Option(names = "--wrk-seconds", description = "length of each wrk run (default: ${DEFAULT-VALUE})")
    int wrkSeconds = 20;

    @Option(names = "--server-warmup", description = "cheap requests sent to each server endpoint before any timing, so JVM servers are compiled (default: ${DEFAULT-VALUE}; 0: none)")
    int serverWarmUp = 20_000;

    @Option(names = "--ready-starts", description = "serve starts on the existing database to time (default: ${DEFAULT-VALUE})")
    int readyStarts = 3;

    @Option(names = "--skip", split = ",", paramLabel = "PART", description = "parts to leave out: virtuoso, fuseki, search, ready, wrk")
    List<String> skip = List.of();

    @Option(names = "--heap", description = "-Xmx of every server and loader JVM (default: ${DEFAULT-VALUE})")
    String heap = "4g";

    @Option(names = "--repo", paramLabel = "DIR", description = "the reformgraph checkout (default: found upwards from the working directory)")
    Path repo;

    @Option(names = "--jar", paramLabel = "FILE", description = "reformgraph.jar (default: the launcher's unpacked REPO/sparql-api/target/reformgraph-app/reformgraph.jar, with its class-data archive, else REPO/sparql-api/target/reformgraph.jar)")
    Path jar;

    @Option(names = "--fuseki-jar", paramLabel = "FILE", description = "the Fuseki server jar (default: REPO/benchmarks/target/peers/jena-fuseki-server.jar)")
    Path fusekiJar;

    @Option(names = "--work", paramLabel = "DIR", description = "work folder for databases and logs (default: a new temporary folder, deleted at the end)")
    Path work;

    @Option(names = "--doc", paramLabel = "FILE", description = "the Markdown file to update (default: REPO/docs/BENCHMARKS.md); '-' prints only")
    String doc;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EndpointBenchmark()).execute(args));
    }

    private static void say(String line) {
        System.err.println("[endpointbench] " + line);
    }

    @Override
    public Integer call() throws IOException {
        Machine machine = Machine.now();
        Path root = repo != null ? repo : findRepo();
        Path workDir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("endpointbench");
        boolean deleteWork = work == null;
        List<String> flags = List.of("-Xmx" + heap);
        Path launched = root.resolve("sparql-api/target/reformgraph-app/reformgraph.jar");
        ReformgraphJar reformgraph = new ReformgraphJar(jar != null ? jar
                : Files.isRegularFile(launched) ? launched : root.resolve("sparql-api/target/reformgraph.jar"), flags);
        Path fuseki = fusekiJar != null ? fusekiJar : root.resolve("benchmarks/target/peers/jena-fuseki-server.jar");
        Duration ready = Duration.ofMinutes(10);
        Duration answerTimeout = Duration.ofSeconds(answerTimeoutSeconds);
        RequestTimer timer = new RequestTimer(warmup, runs, Duration.ofSeconds(budgetSeconds), answerTimeout);
        List<String> notes = new ArrayList<>();
        Map<String, Duration> loadTimes = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            // 1. The data: a database of ours, and its export for the peers.
            Path database = workDir.resolve("db");
            String data;
            if (db != null) {
                say("copying " + db + " to " + database);
                copyTree(db, database);
                data = "the existing database " + db;
            } else {
                Path plansFolder = corpus;
                if (plansFolder == null) {
                    plansFolder = workDir.resolve("corpus");
                    say("generating " + plans + " plans (seed " + seed + ") in " + plansFolder);
                    new CorpusGenerator(GeneratorConfig.defaults()).write(plans, seed, plansFolder);
                    data = "synthetic corpus, " + plans + " plans, seed " + seed;
                } else {
                    data = "the corpus " + corpus;
                }
                say("loading " + plansFolder + " with reformgraph load");
                loadTimes.put("reformgraph load (text → TDB2)", reformgraph.load(plansFolder, database, workDir));
            }
            say("exporting N-Quads");
            Path export = reformgraph.exportNQuads(database, workDir);
            ExportedGraphs graphs = ExportedGraphs.read(export);
            say(graphs.quads() + " quads in " + graphs.graphs().size() + " graphs");

            // 2. serve's time to ready, before anything else holds the database.
            List<Duration> readyOnDb = new ArrayList<>();
            Optional<Duration> readyOnSeeds = Optional.empty();
            if (!skip.contains("ready")) {
                for (int i = 0; i < readyStarts; i++) {
                    try (ReformgraphServer server = ReformgraphServer.start(reformgraph, database, Optional.empty(), workDir,
                            "serve-ready-" + i + ".log", answerTimeout, ready)) {
                        readyOnDb.add(server.timeToReady());
                        say("ready on the database in " + server.timeToReady().toMillis() + " ms");
                    }
                }
                try (ReformgraphServer server = ReformgraphServer.start(reformgraph, workDir.resolve("empty-db"),
                        Optional.of(root.resolve("seeds")), workDir, "serve-seeds.log", answerTimeout, ready)) {
                    readyOnSeeds = Optional.of(server.timeToReady());
                    say("ready on an empty database with the seeds in " + server.timeToReady().toMillis() + " ms");
                }
            }

            // 3. The peers.
            versions.put("Fuseki", FusekiServer.version(fuseki));
            FusekiServer fusekiServer = null;
            VirtuosoServer virtuosoServer = null;
            ReformgraphServer server = null;
            try {
                if (!skip.contains("fuseki")) {
                    say("building Fuseki's TDB2 with tdb2.tdbloader");
                    Path fusekiDir = Files.createDirectories(workDir.resolve("fuseki"));
                    loadTimes.put("tdb2.tdbloader (export → TDB2)", FusekiServer.buildDatabase(fuseki, export,
                            fusekiDir.resolve("tdb2"), fusekiDir, flags));
                    fusekiServer = FusekiServer.start(fuseki, fusekiDir.resolve("tdb2"), fusekiDir, flags, answerTimeout, ready);
                } else {
                    notes.add("Fuseki: left out (--skip fuseki)");
                }
                Optional<String> noVirtuoso = VirtuosoServer.missing();
                if (noVirtuoso.isPresent()) {
                    notes.add("Virtuoso: " + noVirtuoso.get());
                } else if (skip.contains("virtuoso")) {
                    notes.add("Virtuoso: left out (--skip virtuoso)");
                } else {
                    versions.put("Virtuoso", VirtuosoServer.version());
                    say("starting Virtuoso and bulk-loading the export");
                    Path union = VirtuosoServer.writeUnion(export, workDir.resolve("union.nt"));
                    virtuosoServer = VirtuosoServer.start(workDir.resolve("virtuoso"), workDir, ready);
                    loadTimes.put("Virtuoso (export's union → bulk load + text index)", virtuosoServer.load(union));
                }
                server = ReformgraphServer.start(reformgraph, database, Optional.empty(), workDir, "serve.log", answerTimeout, ready);
                say("waiting for the server's start-up work (answers warmed, text index in step) before timing");
                server.awaitStartUpWork(ready);
                versions.put("reformgraph", reformgraph.describe() + ", of the checkout at " + GitDescription.of(root));

                List<SparqlPeer> peers = new ArrayList<>();
                if (fusekiServer != null) {
                    peers.add(fusekiServer.sparql());
                }
                if (virtuosoServer != null) {
                    peers.add(virtuosoServer.sparql());
                }

                if (serverWarmUp > 0) {
                    Map<String, String> warmTargets = new LinkedHashMap<>();
                    warmTargets.put("reformgraph /api/queries/" + wrkQuery, server.namedQueryUrl(wrkQuery));
                    warmTargets.put("reformgraph /sparql", server.sparql().url(WARM_UP_QUERY));
                    peers.forEach(peer -> warmTargets.put(peer.name(), peer.url(WARM_UP_QUERY)));
                    new ServerWarmUp(serverWarmUp, timer).run(warmTargets, EndpointBenchmark::say)
                            .forEach(failure -> notes.add("server warm-up: " + failure));
                }

                // 4. Named queries: answers compared, then timed.
                QueryLibrary library = QueryLibrary.fromFolder(root.resolve("queries"));
                NamedQueryBench named = new NamedQueryBench(server, peers, timer, answerTimeout, EndpointBenchmark::say);
                SampleValues samples = new SampleValues(server.sparql(), answerTimeout);
                List<NamedQueryResult> namedResults = new ArrayList<>();
                for (NamedQuery query : library.all().stream().sorted(Comparator.comparing(NamedQuery::name)).toList()) {
                    if (queries != null && !queries.contains(query.name())) {
                        continue;
                    }
                    Optional<Map<String, String>> values = samples.of(query);
                    Optional<NamedQueryResult> result = values.flatMap(v -> named.run(query, v, true));
                    if (result.isEmpty()) {
                        notes.add("named query `" + query.name() + "`: no sample value for a parameter without a default");
                    }
                    result.ifPresent(namedResults::add);
                }

                // 5. Text search.
                List<TextSearchBench.PhraseResult> search = List.of();
                if (!skip.contains("search")) {
                    search = new TextSearchBench(server, Optional.ofNullable(fusekiServer).map(FusekiServer::sparql),
                            Optional.ofNullable(virtuosoServer).map(VirtuosoServer::sparql), timer, answerTimeout,
                            EndpointBenchmark::say).run(phrases);
                }

                // 6. Concurrent clients.
                List<Wrk.Result> wrkResults = new ArrayList<>();
                Optional<String> noWrk = Wrk.missing();
                if (skip.contains("wrk")) {
                    notes.add("wrk: left out (--skip wrk)");
                } else if (noWrk.isPresent()) {
                    notes.add("wrk: " + noWrk.get());
                } else {
                    Optional<NamedQuery> query = library.get(wrkQuery);
                    Optional<String> text = query.flatMap(NamedQueryBench::withDefaults);
                    if (text.isEmpty()) {
                        notes.add("wrk: no parameterless named query `" + wrkQuery + "`");
                    } else {
                        Wrk wrk = new Wrk(wrkThreads, Duration.ofSeconds(wrkSeconds));
                        Map<String, String> targets = new LinkedHashMap<>();
                        targets.put("reformgraph /api/queries/" + wrkQuery, server.namedQueryUrl(wrkQuery));
                        targets.put("reformgraph /sparql (" + wrkQuery + ")", server.sparql().url(text.get()));
                        if (fusekiServer != null) {
                            targets.put("Fuseki (" + wrkQuery + ")", fusekiServer.sparql().url(text.get()));
                        }
                        for (int connections : wrkConnections) {
                            for (Map.Entry<String, String> target : targets.entrySet()) {
                                say("wrk " + target.getKey() + ", " + connections + " connections");
                                wrkResults.add(wrk.run(target.getKey(), target.getValue(), connections, workDir));
                            }
                        }
                    }
                }

                RunRecord run = new RunRecord(machine, data, graphs, loadTimes, versions, flags, serverWarmUp, warmup, runs, readyOnDb,
                        readyOnSeeds, namedResults, search, wrkResults, notes);
                String markdown = Report.markdown(run);
                System.out.println(markdown);
                Path docFile = doc == null ? root.resolve("docs/BENCHMARKS.md") : "-".equals(doc) ? null : Path.of(doc);
                if (docFile != null) {
                    BenchmarksDoc.write(docFile, "endpoint", "Endpoint: named queries, search, time to ready, concurrent clients",
                            markdown);
                    say("wrote " + docFile);
                }
                return 0;
            } finally {
                for (AutoCloseable peer : new AutoCloseable[] {server, virtuosoServer, fusekiServer}) {
                    if (peer != null) {
                        try {
                            peer.close();
                        } catch (Exception e) {
                            say("stopping a peer failed: " + e.getMessage());
                        }
                    }
                }
            }
        } finally {
            if (deleteWork) {
                deleteTree(workDir);
            } else {
                say("work folder kept: " + workDir);
            }
        }
    }

    /** The checkout: the nearest folder upwards that holds both seeds/ and queries/. */
    static Path findRepo() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.isDirectory(dir.resolve("queries"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("no reformgraph checkout (a folder with seeds/ and queries/) above "
                + Path.of("").toAbsolutePath() + "; give --repo");
    }

    static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("no database folder at " + from.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            say("could not delete " + root + ": " + e.getMessage());
        }
    }
}
