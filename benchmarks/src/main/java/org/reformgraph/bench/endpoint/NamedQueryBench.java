package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.ParameterBindingException;

/**
 * Every named query with its default parameters, correctness first: reformgraph's {@code /sparql}, Fuseki and
 * Virtuoso must give the same answer (rows and canonical digest, see {@link Answer}), and the cached
 * {@code /api/queries/{name}} must give reformgraph's answer. A peer is timed on a query only when its answer
 * agreed; every disagreement or failure is kept with its reason.
 */
public final class NamedQueryBench {
    static final String TEXT_NAMESPACE = "http://jena.apache.org/text#";

    private final ReformgraphServer reformgraph;
    private final List<SparqlPeer> peers;
    private final RequestTimer timer;
    private final Duration answerTimeout;
    private final Consumer<String> progress;

    /** @param peers the stores compared with reformgraph's own {@code /sparql}, which is always first */
    public NamedQueryBench(ReformgraphServer reformgraph, List<SparqlPeer> peers, RequestTimer timer,
                           Duration answerTimeout, Consumer<String> progress) {
        this.reformgraph = reformgraph;
        this.peers = List.copyOf(peers);
        this.timer = timer;
        this.answerTimeout = answerTimeout;
        this.progress = progress;
    }

    /** The SPARQL text the peers get: the query with every parameter replaced by its default. */
    static Optional<String> withDefaults(NamedQuery query) {
        return bound(query, Map.of());
    }

    /** The query with the given values and every other parameter at its default. */
    static Optional<String> bound(NamedQuery query, Map<String, String> values) {
        try {
            return Optional.of(query.bind(values).serialize());
        } catch (ParameterBindingException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs one named query with {@code values} for its required parameters (and defaults for the others): the
     * answers compared, then, if {@code time}, each agreeing store timed; empty when the values do not bind.
     */
    public Optional<NamedQueryResult> run(NamedQuery query, Map<String, String> values, boolean time) {
        Optional<String> text = bound(query, values);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String sparql = text.get();
        SparqlPeer ours = reformgraph.sparql();
        List<String> problems = new ArrayList<>();
        Answer reference;
        try {
            reference = ours.select(sparql, answerTimeout);
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return Optional.of(new NamedQueryResult(query.name(), values, -1, Optional.empty(), "-", Map.of(), problems));
        }
        Map<String, SparqlPeer> agreeing = new LinkedHashMap<>();
        agreeing.put(ours.name(), ours);
        // A query on reformgraph's own text index (jena-text's text:query) has no counterpart in a stock store.
        boolean usesTextIndex = sparql.contains(TEXT_NAMESPACE);
        for (SparqlPeer peer : usesTextIndex ? List.<SparqlPeer>of() : peers) {
            try {
                Answer answer = peer.select(sparql, answerTimeout);
                if (answer.agreesWith(reference)) {
                    agreeing.put(peer.name(), peer);
                } else {
                    problems.add(peer.name() + " disagrees: " + answer.differenceFrom(reference, peer.name(), "reformgraph"));
                }
            } catch (RuntimeException e) {
                problems.add(peer.name() + " failed: " + e.getMessage());
            }
        }
        String namedUrl = reformgraph.namedQueryUrl(query.name(), values);
        boolean cachedAgrees = checkNamedAnswer(namedUrl, reference, problems);
        Map<String, Latencies> timings = new LinkedHashMap<>();
        Optional<Latencies> cached = Optional.empty();
        String cacheHeader = "-";
        if (time) {
            for (Map.Entry<String, SparqlPeer> peer : agreeing.entrySet()) {
                try {
                    timings.put(peer.getKey(), timer.time(peer.getValue().url(sparql), SparqlPeer.JSON));
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof Http.TimeoutException) {
                        peer.getValue().afterTimeout().run();
                    }
                    problems.add(peer.getKey() + " failed while timed: " + e.getMessage());
                }
            }
            if (cachedAgrees) {
                try {
                    cached = Optional.of(timer.time(namedUrl, "application/json"));
                    cacheHeader = cacheHeader(namedUrl);
                } catch (RuntimeException e) {
                    problems.add("/api/queries failed while timed: " + e.getMessage());
                }
            }
        }
        progress.accept(query.name() + ": " + reference.rows() + " rows" + (problems.isEmpty() ? "" : "; " + problems));
        return Optional.of(new NamedQueryResult(query.name(), values, reference.rows(), cached, cacheHeader, timings, problems));
    }

    /** The named-query API must answer what {@code /sparql} answers; a cached wrong answer is not a fast one. */
    private boolean checkNamedAnswer(String url, Answer reference, List<String> problems) {
        String name = url.substring(url.indexOf("/api/queries/") + "/api/queries/".length());
        try {
            Http.Response response = Http.get(url, "application/json", answerTimeout);
            if (response.status() != 200) {
                problems.add("/api/queries/" + name + " answered " + response.status() + ": " + SparqlPeer.firstLine(response.body()));
                return false;
            }
            Answer named = Answer.ofSparqlJson(response.body());
            if (!named.agreesWith(reference)) {
                problems.add("/api/queries disagrees with /sparql: " + named.differenceFrom(reference, "/api/queries", "/sparql"));
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            problems.add("/api/queries/" + name + " failed: " + e.getMessage());
            return false;
        }
    }

    private String cacheHeader(String url) {
        try {
            String header = Http.get(url, "application/json", answerTimeout).header("X-Reformgraph-Cache");
            return header == null ? "no header in this build" : header;
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
