package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * <p>Virtuoso's default graph is every graph it holds, its system graphs included. Queries are therefore sent with
 * {@code FROM} a graph group that holds exactly the export's graphs: the same union reformgraph and Fuseki use as
 * their default graph.
 */
public final class VirtuosoServer implements AutoCloseable {
    public static final String SERVER = "/usr/bin/virtuoso-t";
    public static final String ISQL = "/usr/bin/isql-vt";
    public static final String UNION_GROUP = "urn:reformgraph:union";

    private final ChildProcess process;
    private final Path workDir;
    private final int sqlPort;
    private final String root;

    private VirtuosoServer(ChildProcess process, Path workDir, int sqlPort, String root) {
        this.process = process;
        this.workDir = workDir;
        this.sqlPort = sqlPort;
        this.root = root;
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
            ChildProcess process = ChildProcess.start("virtuoso", List.of(SERVER, "+configfile", ini.toString(),
                    "+foreground"), workDir, workDir.resolve("virtuoso.out"));
            try {
                process.awaitReady(() -> Http.answers(root + "/sparql?query=ASK%7B%7D"), readyWithin);
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
            return new VirtuosoServer(process, workDir, sqlPort, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Virtuoso's folder " + workDir, e);
        }
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
     * Bulk-loads the N-Quads file (which must lie in the {@code dataDir} given at start), builds the free-text index
     * and the graph group of the loaded graphs; answers the time it took.
     */
    public Duration load(Path quads, Set<String> graphs) {
        List<String> script = new ArrayList<>();
        // The rule first, so that the loader's literals are queued for the text index as they arrive.
        script.add("DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All');");
        script.add("ld_dir('" + sql(quads.toAbsolutePath().getParent().toString()) + "', '"
                + sql(quads.getFileName().toString()) + "', 'urn:reformgraph:no-default-graph');");
        script.add("rdf_loader_run();");
        script.add("checkpoint;");
        script.add("DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();");
        script.add("DB.DBA.RDF_GRAPH_GROUP_CREATE('" + UNION_GROUP + "', 1);");
        for (String graph : graphs) {
            script.add("DB.DBA.RDF_GRAPH_GROUP_INS('" + UNION_GROUP + "', '" + sql(graph) + "');");
        }
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

    /** The SPARQL endpoint, each query reading the union of the export's graphs (FROM the graph group). */
    public SparqlPeer sparql() {
        return new SparqlPeer("Virtuoso", root + "/sparql", VirtuosoServer::fromUnion);
    }

    /** The query with {@code FROM <group>} added, unless it names its own dataset. */
    static String fromUnion(String sparql) {
        Query query = QueryFactory.create(sparql);
        if (!query.hasDatasetDescription()) {
            query.addGraphURI(UNION_GROUP);
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
