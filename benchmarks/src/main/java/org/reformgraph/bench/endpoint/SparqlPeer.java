package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A SPARQL endpoint the benchmark asks, queried with GET {@code ?query=} (the one form every peer answers: Virtuoso
 * never answers a POST of {@code application/sparql-query}). {@code dialect} rewrites a query so that this peer sees
 * the data the way reformgraph does (for Virtuoso: the union of the loaded graphs, not its system graphs).
 */
public record SparqlPeer(String name, String endpoint, UnaryOperator<String> dialect, Runnable afterTimeout) {
    static final String JSON = "application/sparql-results+json";

    /** A peer that stops a query itself when the client gives up (a server-side time limit): nothing to do after. */
    public SparqlPeer(String name, String endpoint, UnaryOperator<String> dialect) {
        this(name, endpoint, dialect, () -> { });
    }

    /** The URL that runs this query here; the same URL is timed and given to wrk. */
    public String url(String sparql) {
        return endpoint + "?" + Http.query(Map.of("query", dialect.apply(sparql)));
    }

    /** The URL for a query already written for this peer (its own syntax), sent unchanged. */
    public String urlAsIs(String sparql) {
        return endpoint + "?" + Http.query(Map.of("query", sparql));
    }

    /** Runs a SELECT and reduces its answer; fails naming the peer and status for anything but a complete 200. */
    public Answer select(String sparql, Duration timeout) {
        return fetch(url(sparql), timeout);
    }

    /** The first row's value of one variable (an IRI or a literal's text), if the query has a row that binds it. */
    public Optional<String> firstValue(String sparql, String variable, Duration timeout) {
        try {
            Http.Response response = Http.get(url(sparql), JSON, timeout);
            if (response.status() != 200) {
                throw new PeerQueryException(name + " answered " + response.status() + ": " + firstLine(response.body()));
            }
            var results = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(
                    response.bytes()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
            if (!results.hasNext()) {
                return Optional.empty();
            }
            var value = results.next().get(variable);
            return value == null ? Optional.empty()
                    : Optional.of(value.isResource() ? value.asResource().getURI() : value.asLiteral().getLexicalForm());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    public Answer selectAsIs(String sparql, Duration timeout) {
        return fetch(urlAsIs(sparql), timeout);
    }

    private Answer fetch(String url, Duration timeout) {
        try {
            Http.Response response = Http.get(url, JSON, timeout);
            if (response.status() != 200) {
                throw new PeerQueryException(name + " answered " + response.status() + ": " + firstLine(response.body()));
            }
            // Virtuoso's marks of a cut answer (row cap) or a partial "anytime" one; both are 200s.
            for (String mark : new String[] {"X-SPARQL-MaxRows", "X-SQL-State"}) {
                if (response.header(mark) != null) {
                    throw new PeerQueryException(name + " gave an incomplete answer (" + mark + ": " + response.header(mark) + ")");
                }
            }
            return Answer.ofSparqlJson(response.body());
        } catch (Http.TimeoutException e) {
            afterTimeout.run();
            throw new PeerQueryException(name + " gave no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    static String firstLine(String body) {
        String text = body == null ? "" : body.strip();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    /** A peer refused or failed a query: the message says which and why. */
    public static final class PeerQueryException extends RuntimeException {
        PeerQueryException(String message) {
            super(message);
        }
    }
}
