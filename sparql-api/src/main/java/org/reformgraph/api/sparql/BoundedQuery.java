package org.reformgraph.api.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetMem;

/**
 * Fuseki's SPARQL query processor with a cap on the number of solutions: a query without a LIMIT, or with a larger
 * one, gets LIMIT {@code maxResults}, and the response says so in the {@value #LIMIT_HEADER} header. With the time
 * limit, this bounds what one request can cost; within both, every answer is complete.
 */
public final class BoundedQuery extends SPARQL_QueryDataset {
    public static final String LIMIT_HEADER = "Reformgraph-Result-Limit";

    private final long maxResults;

    public BoundedQuery(long maxResults) {
        if (maxResults <= 0) {
            throw new IllegalArgumentException("the result limit must be positive, not " + maxResults);
        }
        this.maxResults = maxResults;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (cap(query, maxResults)) {
            action.setResponseHeader(LIMIT_HEADER, Long.toString(maxResults));
        }
    }

    /**
     * Reads every solution of a SELECT before the response starts (the result limit bounds how many), so a query
     * that runs out of time is a 503, never a 200 whose body stops short.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
                                           String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        return result.isRowSet() ? new QueryExecResult(RowSetMem.create(result.rowSet())) : result;
    }

    /** Lowers the query's LIMIT to {@code max} if it has none or a larger one; true if it did. ASK is left alone. */
    public static boolean cap(Query query, long max) {
        if (query.isAskType()) {
            return false;
        }
        if (query.getLimit() == Query.NOLIMIT || query.getLimit() > max) {
            query.setLimit(max);
            return true;
        }
        return false;
    }
}
