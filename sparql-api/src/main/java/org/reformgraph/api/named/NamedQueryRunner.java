package org.reformgraph.api.named;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.reformgraph.api.sparql.BoundedQuery;
import org.reformgraph.queries.NamedQuery;

/**
 * Runs a named query with the caller's values, under the same time and result limits as the SPARQL endpoint; answers
 * are held in an {@link AnswerCache} until the data changes, and written in the format asked for.
 */
public final class NamedQueryRunner {
    /** An answer in the format asked for, and whether it was served from memory. */
    public record Served(ResultCache.Answer answer, boolean hit) {
    }

    private final QuerySource source;
    private final Duration timeout;
    private final long maxResults;
    private final AnswerCache cache;
    private final MeterRegistry meters;
    private final Counter hits;
    private final Counter misses;

    public NamedQueryRunner(Dataset dataset, Duration timeout, long maxResults, AnswerCache cache,
                            MeterRegistry meters) {
        this(QuerySource.of(dataset), timeout, maxResults, cache, meters);
    }

    public NamedQueryRunner(QuerySource source, Duration timeout, long maxResults, AnswerCache cache,
                            MeterRegistry meters) {
        this.source = source;
        this.timeout = timeout;
        this.maxResults = maxResults;
        this.cache = cache;
        this.meters = meters;
        this.hits = lookups(meters, "hit");
        this.misses = lookups(meters, "miss");
    }

    private static Counter lookups(MeterRegistry meters, String result) {
        return Counter.builder("reformgraph.named.cache.requests")
                .description("named-query requests, answered from memory (hit) or by running the query (miss)")
                .tag("result", result).register(meters);
    }

    /**
     * @throws org.reformgraph.queries.ParameterBindingException for values that do not fit the query
     * @throws org.apache.jena.query.QueryCancelledException     when the query runs out of time
     */
    public Served run(NamedQuery namedQuery, Map<String, String> values, AnswerFormat format) {
        String key = key(namedQuery, values);
        AnswerCache.Lookup lookup = lookup(namedQuery, values, key);
        return serve(key, lookup.answer(), lookup.hit(), format);
    }

    /**
     * The answer in {@code format} if it is held for the current version, counted as a hit; empty, with nothing
     * computed and nothing counted, otherwise.
     *
     * @throws org.reformgraph.queries.ParameterBindingException for values that do not fit the query
     */
    public Optional<Served> runIfHeld(NamedQuery namedQuery, Map<String, String> values, AnswerFormat format) {
        namedQuery.terms(values);
        String key = key(namedQuery, values);
        return cache.held(key).map(held -> serve(key, held, true, format));
    }

    /** Counts the request, writes the answer in {@code format} and lets the cache weigh what that added. */
    private Served serve(String key, HeldAnswer held, boolean hit, AnswerFormat format) {
        (hit ? hits : misses).increment();
        ResultCache.Answer answer = held.in(format);
        cache.reweigh(key, held);
        return new Served(answer, hit);
    }

    /** Computes the answer for {@code values} unless it is held for the current version already. */
    public void prepare(NamedQuery namedQuery, Map<String, String> values) {
        lookup(namedQuery, values, key(namedQuery, values));
    }

    /** Whether the answer for {@code values} is held for the current version. */
    public boolean isHeld(NamedQuery namedQuery, Map<String, String> values) {
        return cache.holds(key(namedQuery, values));
    }

    private AnswerCache.Lookup lookup(NamedQuery namedQuery, Map<String, String> values, String key) {
        // Binding errors surface before the cache is consulted; the values are checked without parsing the query,
        // which costs more than serving a held answer.
        namedQuery.terms(values);
        return cache.get(key, () -> {
            Query query = namedQuery.bind(values);
            BoundedQuery.cap(query, maxResults);
            Timer runs = Timer.builder("reformgraph.named.query").description("named queries run (cache misses)")
                    .tag("query", namedQuery.name()).register(meters);
            return runs.record(() -> execute(namedQuery.name(), query));
        });
    }

    private static String key(NamedQuery namedQuery, Map<String, String> values) {
        return namedQuery.name() + "?" + new TreeMap<>(values);
    }

    private HeldAnswer execute(String name, Query query) {
        HeldAnswer[] held = new HeldAnswer[1];
        try {
            // The whole answer is read inside the transaction and the time limit.
            source.execute(query, timeout, exec -> held[0] = HeldAnswer.read(query, exec));
        } catch (org.apache.jena.query.QueryCancelledException e) {
            Counter.builder("reformgraph.named.query.timeouts").description("named queries stopped by the time limit")
                    .tag("query", name).register(meters).increment();
            throw e;
        }
        return held[0];
    }
}
