package org.reformgraph.loader.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/** The rows of a SELECT in tests, each value as its lexical form (an IRI's string, a literal's text). */
public final class SelectRows {
    private SelectRows() {
    }

    /** Over the union of all named graphs, as the endpoint's users see the data. */
    public static List<Map<String, String>> overUnion(Dataset dataset, String query) {
        return select(dataset, query, true);
    }

    /** Over the dataset's own default graph (an in-memory dataset whose graphs are queried with GRAPH). */
    public static List<Map<String, String>> overDefault(Dataset dataset, String query) {
        return select(dataset, query, false);
    }

    private static List<Map<String, String>> select(Dataset dataset, String query, boolean union) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            if (union) {
                builder.set(TDB2.symUnionDefaultGraph, true);
            }
            try (QueryExecution exec = builder.build()) {
                ResultSet results = exec.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String var : results.getResultVars()) {
                        RDFNode node = solution.get(var);
                        if (node != null) {
                            row.put(var, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                        }
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }
}
