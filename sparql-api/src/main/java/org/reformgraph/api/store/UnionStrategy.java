package org.reformgraph.api.store;

import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;

/**
 * How a query that names no dataset of its own gets the union of the named graphs as its default graph on a remote
 * store, as it does on the embedded one.
 */
public enum UnionStrategy {
    /**
     * The store's default graph already is the union (Fuseki/TDB2 with {@code tdb2:unionDefaultGraph true}, Virtuoso):
     * queries are sent as they are. The cheapest choice for a store configured so.
     */
    DEFAULT,
    /**
     * Every named graph is named in the query: {@code FROM <g>} and {@code FROM NAMED <g>} for each graph the store
     * holds (listed by the version probe). Works on any SPARQL 1.1 store; {@code FROM NAMED} keeps {@code GRAPH ?g}
     * patterns working, which a {@code FROM} alone would leave with no named graphs.
     */
    FROM;

    public static UnionStrategy parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a union strategy: give default or from");
        }
    }

    /**
     * The query to send: {@code query} itself when it names its own dataset ({@code FROM}/{@code FROM NAMED}) or
     * under {@link #DEFAULT}; otherwise a copy naming {@code graphs}.
     */
    public Query apply(Query query, List<String> graphs) {
        if (this == DEFAULT || query.hasDatasetDescription() || graphs.isEmpty()) {
            return query;
        }
        Query withGraphs = query.cloneQuery();
        graphs.forEach(withGraphs::addGraphURI);
        graphs.forEach(withGraphs::addNamedGraphURI);
        return withGraphs;
    }
}
