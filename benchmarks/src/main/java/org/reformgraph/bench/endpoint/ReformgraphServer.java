package org.reformgraph.bench.endpoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code reformgraph.jar serve} on a free loopback port. The per-client rate limit is switched off (every benchmark
 * client comes from 127.0.0.1, and wrk would measure the limiter) and the query time limit set to the harness's own
 * answer timeout; nothing else differs from a user's server.
 */
public final class ReformgraphServer implements AutoCloseable {
    static final List<String> SERVER_FLAGS = List.of("-Dreformgraph.rate-limit.enabled=false");

    private final ChildProcess process;
    private final String root;
    private final Duration timeToReady;

    private ReformgraphServer(ChildProcess process, String root, Duration timeToReady) {
        this.process = process;
        this.root = root;
        this.timeToReady = timeToReady;
    }

    /**
     * Starts the server on {@code db} (and, when given, the seed folder it loads into an empty database) and waits
     * until {@code /actuator/health} answers 200; the time from process start to then is {@link #timeToReady()}.
     */
    public static ReformgraphServer start(ReformgraphJar jar, Path db, Optional<Path> seeds, Path workDir, String logName,
                                          Duration queryTimeout, Duration readyWithin) {
        int port = FreePort.pick();
        List<String> arguments = new ArrayList<>(List.of("serve", "--db", db.toAbsolutePath().toString(),
                "--bind", "127.0.0.1", "--port", Integer.toString(port), "--query-timeout", queryTimeout.toSeconds() + "s"));
        seeds.ifPresent(s -> {
            arguments.add("--seeds");
            arguments.add(s.toAbsolutePath().toString());
        });
        List<String> flags = new ArrayList<>(jar.jvmFlags());
        flags.addAll(SERVER_FLAGS);
        ReformgraphJar withFlags = new ReformgraphJar(jar.jar(), flags);
        String root = "http://127.0.0.1:" + port;
        long start = System.nanoTime();
        ChildProcess process = ChildProcess.start("reformgraph serve", withFlags.command(arguments.toArray(String[]::new)),
                workDir, workDir.resolve(logName));
        try {
            process.awaitReady(() -> Http.answers(root + "/actuator/health"), readyWithin);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new ReformgraphServer(process, root, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Waits until the work the server starts in the background is done (answers warmed, text index in step), so
     * what is timed next is the server at rest, not the server beside its own warm-up.
     */
    public void awaitStartUpWork(Duration limit) {
        process.awaitReady(() -> {
            try {
                Http.Response page = Http.get(root + "/actuator/prometheus", "text/plain", Duration.ofSeconds(5));
                return page.status() == 200 && StartUpWork.done(page.body());
            } catch (java.io.IOException e) {
                return false;
            }
        }, limit);
    }

    public Duration timeToReady() {
        return timeToReady;
    }

    public String root() {
        return root;
    }

    /** The SPARQL endpoint: every request runs the query (no answer cache in front of {@code /sparql}). */
    public SparqlPeer sparql() {
        return new SparqlPeer("reformgraph /sparql", root + "/sparql", UnaryOperator.identity());
    }

    public String namedQueryUrl(String name) {
        return namedQueryUrl(name, java.util.Map.of());
    }

    public String namedQueryUrl(String name, java.util.Map<String, String> parameters) {
        String url = root + "/api/queries/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return parameters.isEmpty() ? url : url + "?" + Http.query(parameters);
    }

    public String searchUrl(String text, int limit) {
        return root + "/api/search?" + Http.query(java.util.Map.of("q", text, "limit", Integer.toString(limit)));
    }

    @Override
    public void close() {
        process.close();
    }
}
