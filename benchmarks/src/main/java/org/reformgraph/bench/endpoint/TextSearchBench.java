package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searching for a Chinese phrase in measure text, titles and labels, each store with its best means:
 * reformgraph's {@code GET /api/search} and {@code text:query} (its Lucene index), what a stock Fuseki user writes
 * ({@code CONTAINS} over the literals), and Virtuoso's free-text index ({@code bif:contains}). The hit counts are
 * reported, not required to agree: a segmenting index and a substring test find different things by design.
 */
public final class TextSearchBench {
    /** The literals searched: those reformgraph's text index holds (measure text, titles, labels). */
    static final String PROPERTIES = "<https://w3id.org/reformgraph/ontology#text>, <http://purl.org/dc/terms/title>, "
            + "<http://www.w3.org/2004/02/skos/core#prefLabel>, <http://www.w3.org/2004/02/skos/core#altLabel>, "
            + "<http://www.w3.org/2000/01/rdf-schema#label>";
    static final String API = "reformgraph /api/search";
    static final String TEXT_QUERY = "reformgraph text:query";
    static final String FUSEKI = "Fuseki CONTAINS";
    static final String VIRTUOSO = "Virtuoso bif:contains";
    static final List<String> METHODS = List.of(API, TEXT_QUERY, FUSEKI, VIRTUOSO);
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /** One way of searching for one phrase: its hits and timings, or why it was not measured. */
    public record Measurement(Optional<Integer> hits, Optional<Latencies> latencies, String note) {
        static Measurement unavailable(String why) {
            return new Measurement(Optional.empty(), Optional.empty(), why);
        }
    }

    public record PhraseResult(String phrase, Map<String, Measurement> byMethod) {
    }

    private final ReformgraphServer reformgraph;
    private final Optional<SparqlPeer> fuseki;
    private final Optional<SparqlPeer> virtuoso;
    private final RequestTimer timer;
    private final Duration timeout;
    private final Consumer<String> progress;

    public TextSearchBench(ReformgraphServer reformgraph, Optional<SparqlPeer> fuseki, Optional<SparqlPeer> virtuoso,
                           RequestTimer timer, Duration timeout, Consumer<String> progress) {
        this.reformgraph = reformgraph;
        this.fuseki = fuseki;
        this.virtuoso = virtuoso;
        this.timer = timer;
        this.timeout = timeout;
        this.progress = progress;
    }

    static String stockQuery(String phrase) {
        return "SELECT DISTINCT ?s WHERE { ?s ?p ?l . FILTER (?p IN (" + PROPERTIES + ")) FILTER (CONTAINS(STR(?l), "
                + sparqlString(phrase) + ")) }";
    }

    static String textQuery(String phrase) {
        return "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query ("
                + sparqlString(phrase) + " 100000) }";
    }

    /** Virtuoso's own syntax: a quoted phrase inside the bif:contains string, which Jena cannot parse (no dialect). */
    static String virtuosoQuery(String phrase) {
        String quotedPhrase = "'\"" + phrase.replace("\\", "").replace("\"", "").replace("'", "") + "\"'";
        return "SELECT DISTINCT ?s FROM <" + VirtuosoServer.UNION_GRAPH + "> WHERE { ?s ?p ?l . FILTER (?p IN ("
                + PROPERTIES + ")) ?l bif:contains " + quotedPhrase + " }";
    }

    static String sparqlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public List<PhraseResult> run(List<String> phrases) {
        List<PhraseResult> results = new ArrayList<>();
        for (String phrase : phrases) {
            Map<String, Measurement> byMethod = new LinkedHashMap<>();
            Measurement api = api(phrase);
            byMethod.put(API, api);
            // Without jena-text, text:query is an ordinary predicate that matches nothing: a build whose REST search
            // answers has the index, whatever the phrase finds.
            byMethod.put(TEXT_QUERY, api.latencies().isPresent() ? sparql(reformgraph.sparql(), textQuery(phrase))
                    : Measurement.unavailable("no text index in this build"));
            byMethod.put(FUSEKI, fuseki.map(p -> sparql(p, stockQuery(phrase)))
                    .orElse(Measurement.unavailable("Fuseki not run")));
            byMethod.put(VIRTUOSO, virtuoso.map(p -> sparql(p, virtuosoQuery(phrase)))
                    .orElse(Measurement.unavailable("Virtuoso not run")));
            progress.accept("search " + phrase + ": " + byMethod);
            results.add(new PhraseResult(phrase, byMethod));
        }
        return results;
    }

    private Measurement api(String phrase) {
        String url = reformgraph.searchUrl(phrase, 200);
        try {
            Http.Response first = Http.get(url, "application/json", timeout);
            if (first.status() == 404) {
                return Measurement.unavailable("not available in this build");
            }
            if (first.status() != 200) {
                return Measurement.unavailable("answered " + first.status() + ": " + SparqlPeer.firstLine(first.body()));
            }
            Matcher total = TOTAL.matcher(first.body());
            Optional<Integer> hits = total.find() ? Optional.of(Integer.parseInt(total.group(1))) : Optional.empty();
            return new Measurement(hits, Optional.of(timer.time(url, "application/json")), "");
        } catch (IOException | RuntimeException e) {
            return Measurement.unavailable("failed: " + e.getMessage());
        }
    }

    private Measurement sparql(SparqlPeer peer, String query) {
        try {
            String url = peer.urlAsIs(query);
            Answer answer = peer.selectAsIs(query, timeout);
            return new Measurement(Optional.of(answer.rows()), Optional.of(timer.time(url, SparqlPeer.JSON)), "");
        } catch (RuntimeException e) {
            return Measurement.unavailable("failed: " + e.getMessage());
        }
    }
}
