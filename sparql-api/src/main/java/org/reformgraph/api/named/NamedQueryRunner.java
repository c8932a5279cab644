package org.reformgraph.api.named;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.reformgraph.api.sparql.BoundedQuery;
import org.reformgraph.queries.NamedQuery;

/**
 * Runs a named query with the caller's values, under the same time and result limits as the SPARQL endpoint, and
 * serializes the answer; answers are cached until the data changes.
 */
public final class NamedQueryRunner {
    private final QuerySource source;
    private final Duration timeout;
    private final long maxResults;
    private final ResultCache cache;
    private final MeterRegistry meters;

    public NamedQueryRunner(Dataset dataset, Duration timeout, long maxResults, ResultCache cache,
                            MeterRegistry meters) {
        this(QuerySource.of(dataset), timeout, maxResults, cache, meters);
    }

    public NamedQueryRunner(QuerySource source, Duration timeout, long maxResults, ResultCache cache,
                            MeterRegistry meters) {
        this.source = source;
        this.timeout = timeout;
        this.maxResults = maxResults;
        this.cache = cache;
        this.meters = meters;
    }

    /**
     * @throws org.reformgraph.queries.ParameterBindingException for values that do not fit the query
     * @throws org.apache.jena.query.QueryCancelledException     when the query runs out of time
     */
    public ResultCache.Answer run(NamedQuery namedQuery, Map<String, String> values, AnswerFormat format) {
        Query query = namedQuery.bind(values); // binding errors surface before the cache is consulted
        BoundedQuery.cap(query, maxResults);
        String key = namedQuery.name() + "?" + new TreeMap<>(values) + "&format=" + format;
        Timer runs = Timer.builder("reformgraph.named.query").description("named queries run (cache misses)")
                .tag("query", namedQuery.name()).register(meters);
        return cache.get(key, () -> runs.record(() -> execute(namedQuery.name(), query, format)));
    }

    private ResultCache.Answer execute(String name, Query query, AnswerFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            source.execute(query, timeout, exec -> {
                if (query.isSelectType()) {
                    // Read the whole answer inside the transaction and the time limit, then write it.
                    RowSet rows = RowSetMem.create(exec.select());
                    ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), format.lang());
                } else if (query.isAskType()) {
                    ResultSetMgr.write(out, exec.ask(), format.lang());
                } else {
                    Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
                    RDFDataMgr.write(out, graph, format.lang());
                }
            });
        } catch (org.apache.jena.query.QueryCancelledException e) {
            Counter.builder("reformgraph.named.query.timeouts").description("named queries stopped by the time limit")
                    .tag("query", name).register(meters).increment();
            throw e;
        }
        return new ResultCache.Answer(out.toByteArray(), format.contentType());
    }
}
