package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Virtuoso 7 (Debian's {@code virtuoso-opensource}: {@code virtuoso-t}, {@code isql-vt}) with a database of its own in
 * a work folder: a generated {@code virtuoso.ini} with both ports on 127.0.0.1, run in the foreground as a child
 * process, the export bulk-loaded with {@code ld_dir}/{@code rdf_loader_run()}.
 *
 * <p>Settings that make the comparison fair: no row cap and no time limit on SPARQL (Virtuoso would otherwise return
 * a partial "anytime" answer with a 200), and the free-text index on every literal, so that its own text search,
 * {@code bif:contains}, is what it is measured with.
 *
 * <p>Virtuoso's default graph is every graph it holds, its system graphs included, and a query {@code FROM} several
 * graphs (or a graph group) sees a triple once per graph that holds it, where reformgraph and Fuseki see the RDF
 * merge: the catalog's and a plan's copy of a plan title, or the jurisdiction labels every plan graph repeats, would
 * multiply rows. So Virtuoso is loaded with the export's triples in one graph, {@value #UNION_GRAPH} (its quad index
 * keeps each triple once), which is exactly reformgraph's default graph, and every query is sent {@code FROM} it.
 * The plans' named graphs are not kept there: a query with {@code GRAPH} is not comparable on Virtuoso.
 */
public final class VirtuosoServer implements AutoCloseable {
    public static final String SERVER = "/usr/bin/virtuoso-t";
    public static final String ISQL = "/usr/bin/isql-vt";
    public static final String UNION_GRAPH = "urn:reformgraph:union";

    private ChildProcess process;
    private final Path workDir;
    private final int sqlPort;
    private final String root;
    private final Duration readyWithin;

    private VirtuosoServer(ChildProcess process, Path workDir, int sqlPort, String root, Duration readyWithin) {
        this.process = process;
        this.workDir = workDir;
        this.sqlPort = sqlPort;
        this.root = root;
        this.readyWithin = readyWithin;
    }

    /** Whether Debian's Virtuoso is installed here; the reason when it is not. */
    public static java.util.Optional<String> missing() {
        for (String binary : List.of(SERVER, ISQL)) {
            if (!Files.isExecutable(Path.of(binary))) {
                return java.util.Optional.of(binary + " is not installed (Debian package virtuoso-opensource)");
            }
        }
        return java.util.Optional.empty();
    }

    /** Starts an empty server whose loader may read files under {@code dataDir}. */
    public static VirtuosoServer start(Path workDir, Path dataDir, Duration readyWithin) {
        missing().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        int sqlPort = FreePort.pick();
        int httpPort = FreePort.pick();
        try {
            Files.createDirectories(workDir);
            Path ini = Files.writeString(workDir.resolve("virtuoso.ini"), ini(workDir.toAbsolutePath(),
                    dataDir.toAbsolutePath(), sqlPort, httpPort));
            String root = "http://127.0.0.1:" + httpPort;
            return new VirtuosoServer(launch(workDir, root, readyWithin), workDir, sqlPort, root, readyWithin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Virtuoso's folder " + workDir, e);
        }
    }

    private static ChildProcess launch(Path workDir, String root, Duration readyWithin) {
        ChildProcess process = ChildProcess.start("virtuoso", List.of(SERVER, "+configfile",
                workDir.resolve("virtuoso.ini").toAbsolutePath().toString(), "+foreground"), workDir,
                workDir.resolve("virtuoso.out"));
        try {
            process.awaitReady(() -> Http.answers(root + "/sparql?query=ASK%7B%7D"), readyWithin);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /**
     * Stops and starts the server on its database. Virtuoso has no time limit here (it would answer partially
     * instead) and goes on with a query its client gave up on; a restart stops it, so that it does not slow down
     * what is measured next. The data was checkpointed after the load, so nothing is lost.
     */
    public synchronized void restart() {
        process.close();
        process = launch(workDir, root, readyWithin);
    }

    static String ini(Path dir, Path dataDir, int sqlPort, int httpPort) {
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%3$d
                DirsAllowed = ., %2$s
                ; about 1.3 GB of page buffers: the whole 1,000-plan graph stays in memory, as it does for the JVMs
                NumberOfBuffers = 170000
                MaxDirtyBuffers = 130000
                CheckpointInterval = 0
                MaxQueryMem = 2G

                [HTTPServer]
                ServerPort = 127.0.0.1:%4$d
                ServerRoot = %1$s
                ServerThreads = 64
                MaxClientConnections = 64

                [SPARQL]
                ; never a truncated or partial ("anytime") answer, and no refusal by estimated cost
                ResultSetMaxRows = 100000000
                MaxQueryExecutionTime = 0
                MaxQueryCostEstimationTime = 0
                """.formatted(dir, dataDir, sqlPort, httpPort);
    }

    /**
     * Bulk-loads the union of the export's graphs, written as N-Triples by {@link #writeUnion} into the
     * {@code dataDir} given at start, and builds the free-text index; answers the time it took.
     */
    public Duration load(Path triples) {
        List<String> script = new ArrayList<>();
        // The rule first, so that the loader's literals are queued for the text index as they arrive.
        script.add("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All');");
        script.add("ld_dir('" + sql(triples.toAbsolutePath().getParent().toString()) + "', '"
                + sql(triples.getFileName().toString()) + "', '" + UNION_GRAPH + "');");
        script.add("rdf_loader_run();");
        script.add("checkpoint;");
        script.add("DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();");
        script.add("checkpoint;");
        script.add("SELECT 'load errors', COUNT(*) FROM DB.DBA.LOAD_LIST WHERE LL_ERROR IS NOT NULL OR LL_STATE <> 2;");
        long start = System.nanoTime();
        String output = isql(script, "load", Duration.ofHours(2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!output.replaceAll("\\s+", " ").contains("load errors 0")) {
            throw new IllegalStateException("Virtuoso's bulk load reported errors:\n" + output);
        }
        return took;
    }

    /** Every triple of the N-Quads export, its graph dropped, as N-Triples (repeats are merged by the load). */
    public static Path writeUnion(Path nquads, Path triples) {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(triples))) {
            org.apache.jena.riot.system.StreamRDF writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out,
                    org.apache.jena.riot.RDFFormat.NTRIPLES);
            writer.start();
            org.apache.jena.riot.RDFParser.source(nquads).lang(org.apache.jena.riot.Lang.NQUADS)
                    .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                        @Override
                        public void quad(org.apache.jena.sparql.core.Quad quad) {
                            writer.triple(quad.asTriple());
                        }

                        @Override
                        public void triple(org.apache.jena.graph.Triple triple) {
                            writer.triple(triple);
                        }
                    });
            writer.finish();
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + triples, e);
        }
    }

    /** Runs SQL through isql-vt; fails with its output when any statement failed. */
    String isql(List<String> statements, String name, Duration limit) {
        try {
            Path script = Files.write(workDir.resolve(name + ".sql"), statements);
            Path log = workDir.resolve(name + ".isql.log");
            ChildProcess.run("isql-vt " + name, List.of(ISQL, "127.0.0.1:" + sqlPort, "dba", "dba",
                    script.toAbsolutePath().toString()), workDir, log, limit);
            String output = Files.readString(log);
            if (output.contains("*** Error")) {
                throw new IllegalStateException("isql-vt " + name + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run isql-vt in " + workDir, e);
        }
    }

    /** The SPARQL endpoint, each query reading the union of the export's graphs (FROM {@value #UNION_GRAPH}). */
    public SparqlPeer sparql() {
        return new SparqlPeer("Virtuoso", root + "/sparql", VirtuosoServer::fromUnion, this::restart);
    }

    /** The query with {@code FROM <group>} added, unless it names its own dataset. */
    static String fromUnion(String sparql) {
        Query query = QueryFactory.create(sparql);
        if (!query.hasDatasetDescription()) {
            query.addGraphURI(UNION_GRAPH);
        }
        return query.serialize();
    }

    /** E.g. "Virtuoso Open Source 7.2.5.3229", from the binary's own help text. */
    public static String version() {
        try {
            Process help = new ProcessBuilder(SERVER, "+help").redirectErrorStream(true).start();
            String text = new String(help.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            help.waitFor();
            return text.lines().filter(l -> l.startsWith("Version ")).findFirst()
                    .map(l -> "Virtuoso Open Source " + l.substring("Version ".length()).split(" ")[0])
                    .orElse("Virtuoso (version unknown)");
        } catch (IOException e) {
            return "Virtuoso (not runnable: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Virtuoso (version unknown)";
        }
    }

    public String root() {
        return root;
    }

    private static String sql(String text) {
        return text.replace("'", "''");
    }

    @Override
    public void close() {
        process.close();
    }
}
