package org.reformgraph.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Fuseki server ({@code jena-fuseki-server}, copied into {@code target/fuseki} by the build) run as a
 * child process on a free loopback port, with three in-memory datasets:
 * <ul>
 *   <li>{@code /plain}: a default graph of its own, not the union of the named graphs (as most stores have it);</li>
 *   <li>{@code /union}: TDB2 with {@code tdb2:unionDefaultGraph true};</li>
 *   <li>{@code /scratch}: for tests that change data.</li>
 * </ul>
 * Each answers query, update and Graph Store Protocol requests at the dataset URL. Queries stop after 20 s on the
 * server side, so that a runaway query a test abandons does not keep burning the machine's CPU.
 */
final class FusekiProcess implements AutoCloseable {
    private static final String CONFIG = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

            [] a fuseki:Server ;
               ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "20000" ] .

            <#plain> a fuseki:Service ; fuseki:name "plain" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] , [ fuseki:operation fuseki:update ] ,
                                [ fuseki:operation fuseki:gsp-rw ] ;
                fuseki:dataset [ a ja:MemoryDataset ] .

            <#union> a fuseki:Service ; fuseki:name "union" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] , [ fuseki:operation fuseki:update ] ,
                                [ fuseki:operation fuseki:gsp-rw ] ;
                fuseki:dataset [ a tdb2:DatasetTDB2 ; tdb2:location "--mem--" ; tdb2:unionDefaultGraph true ] .

            <#scratch> a fuseki:Service ; fuseki:name "scratch" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] , [ fuseki:operation fuseki:update ] ,
                                [ fuseki:operation fuseki:gsp-rw ] ;
                fuseki:dataset [ a ja:MemoryDataset ] .
            """;

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread stopAtExit;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.stopAtExit = new Thread(process::destroyForcibly, "stop-fuseki");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts the server; {@link #awaitReady(Duration)} waits until it answers. */
    static FusekiProcess start(Path dir) throws IOException {
        Path jar = Paths.get(System.getProperty("reformgraph.fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Fuseki server jar at " + jar.toAbsolutePath()
                    + "; the build copies it there (mvn generate-test-resources)");
        }
        Path config = Files.writeString(dir.resolve("fuseki.ttl"), CONFIG);
        Path log = dir.resolve("fuseki.log");
        int port = freePort();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--localhost", "--port", Integer.toString(port), "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(dir.toFile()).start();
        return new FusekiProcess(process, port, log);
    }

    void awaitReady(Duration within) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                HttpResponse<Void> ping = client.send(HttpRequest.newBuilder(URI.create(root() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Fuseki did not answer within " + within + ":\n" + logText());
    }

    String root() {
        return "http://127.0.0.1:" + port;
    }

    String dataset(String name) {
        return root() + "/" + name;
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
