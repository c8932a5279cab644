package org.reformgraph.api.store;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * Asks the remote store which named graphs it holds and when each was last loaded: one cheap query whose answer
 * lists the graphs (for {@link UnionStrategy#FROM}) and changes whenever a plan is (re)loaded, as every load
 * replaces the plan graph's load run and its end time. The answer is reused for {@code interval}.
 */
public final class StoreProbe {
    static final String PROBE = """
            PREFIX rg:   <https://w3id.org/reformgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?g (COUNT(?run) AS ?runs) (MAX(STR(?end)) AS ?lastEnd)
            WHERE { GRAPH ?g { OPTIONAL { ?run a rg:LoadRun ; prov:endedAtTime ?end } } }
            GROUP BY ?g
            ORDER BY ?g
            """;

    /** What the store holds now: its graphs and a number that changes when they change. */
    public record Snapshot(List<String> graphs, long version) {
    }

    private final String url;
    private final HttpClient client;
    private final Duration interval;
    private final Clock clock;
    private Snapshot last;
    private Instant taken = Instant.MIN;

    public StoreProbe(String url, HttpClient client, Duration interval, Clock clock) {
        this.url = url;
        this.client = client;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * The store's graphs and version, asked again when the last answer is older than the interval.
     *
     * @throws org.reformgraph.loader.store.RemoteStoreException when the store does not answer
     */
    public synchronized Snapshot current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(taken.plus(interval))) {
            last = ask();
            taken = now;
        }
        return last;
    }

    private Snapshot ask() {
        return RemoteErrors.translate(url, () -> {
            try (QueryExecHTTP exec = QueryExecHTTP.newBuilder().endpoint(url).httpClient(client)
                    .sendMode(QuerySendMode.asPost).query(PROBE).build()) {
                RowSet rows = exec.select();
                List<String> graphs = new ArrayList<>();
                StringBuilder state = new StringBuilder();
                rows.forEachRemaining(row -> {
                    var g = row.get("g");
                    if (g != null && g.isURI()) {
                        graphs.add(g.getURI());
                    }
                    state.append(row).append('\n');
                });
                // A 64-bit hash of the whole answer: equal answers, equal versions.
                long version = 1125899906842597L;
                for (int i = 0; i < state.length(); i++) {
                    version = 31 * version + state.charAt(i);
                }
                return new Snapshot(List.copyOf(graphs), version);
            }
        });
    }
}
