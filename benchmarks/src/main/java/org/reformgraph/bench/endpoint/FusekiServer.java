package org.reformgraph.bench.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A standalone Fuseki 5 server ({@code jena-fuseki-server}, copied into {@code benchmarks/target/peers} by the build)
 * over a TDB2 database built from the export with {@code tdb2.tdbloader}. Its dataset has {@code unionDefaultGraph},
 * as reformgraph's has, so the same query text sees the same default graph. Its query time limit is the harness's
 * answer timeout, as reformgraph's is: a query the harness gives up on stops on the server too.
 */
public final class FusekiServer implements AutoCloseable {
    private static final String CONFIG = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

            [] a fuseki:Server ; ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "%d" ] .

            <#service> a fuseki:Service ; fuseki:name "ds" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                fuseki:dataset [ a tdb2:DatasetTDB2 ; tdb2:location "%s" ; tdb2:unionDefaultGraph true ] .
            """;

    private final ChildProcess process;
    private final String root;

    private FusekiServer(ChildProcess process, String root) {
        this.process = process;
        this.root = root;
    }

    /** {@code tdb2.tdbloader} (the class is in the Fuseki server jar) loads the quads into a new TDB2 folder. */
    public static Duration buildDatabase(Path fusekiJar, Path quads, Path tdb2, Path workDir, List<String> jvmFlags) {
        requireJar(fusekiJar);
        List<String> command = new java.util.ArrayList<>(List.of(Java.executable()));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", fusekiJar.toAbsolutePath().toString(), "tdb2.tdbloader",
                "--loc", tdb2.toAbsolutePath().toString(), quads.toAbsolutePath().toString()));
        long start = System.nanoTime();
        ChildProcess.run("tdb2.tdbloader", command, workDir, workDir.resolve("tdb2.tdbloader.log"), Duration.ofHours(2));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public static FusekiServer start(Path fusekiJar, Path tdb2, Path workDir, List<String> jvmFlags, Duration queryTimeout,
                                     Duration readyWithin) {
        requireJar(fusekiJar);
        try {
            Path config = Files.writeString(workDir.resolve("fuseki.ttl"),
                    CONFIG.formatted(queryTimeout.toMillis(), tdb2.toAbsolutePath().toString().replace("\\", "\\\\")));
            int port = FreePort.pick();
            List<String> command = new java.util.ArrayList<>(List.of(Java.executable()));
            command.addAll(jvmFlags);
            command.addAll(List.of("-jar", fusekiJar.toAbsolutePath().toString(), "--localhost",
                    "--port", Integer.toString(port), "--config", config.toString()));
            String root = "http://127.0.0.1:" + port;
            ChildProcess process = ChildProcess.start("fuseki", command, workDir, workDir.resolve("fuseki.log"));
            try {
                process.awaitReady(() -> Http.answers(root + "/$/ping"), readyWithin);
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
            return new FusekiServer(process, root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the Fuseki configuration in " + workDir, e);
        }
    }

    private static void requireJar(Path fusekiJar) {
        if (!Files.isRegularFile(fusekiJar)) {
            throw new IllegalArgumentException("no Fuseki server jar at " + fusekiJar.toAbsolutePath()
                    + " (the build copies it there: ./mvnw -q -B -o -pl benchmarks generate-resources)");
        }
    }

    public SparqlPeer sparql() {
        return new SparqlPeer("Fuseki", root + "/ds/query", UnaryOperator.identity());
    }

    /** The version in the server jar's manifest, e.g. "Apache Jena Fuseki 5.6.0". */
    public static String version(Path fusekiJar) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(fusekiJar.toFile())) {
            java.util.jar.Attributes main = jar.getManifest().getMainAttributes();
            String version = main.getValue("Implementation-Version");
            return "Apache Jena Fuseki " + (version != null ? version : "(no version in " + fusekiJar.getFileName() + ")");
        } catch (java.io.IOException e) {
            return "Apache Jena Fuseki (unreadable jar " + fusekiJar + ")";
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
