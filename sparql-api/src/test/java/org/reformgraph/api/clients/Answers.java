package org.reformgraph.api.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * Answers in one comparable shape, whoever computed them: each row (or triple) as text listing every term's value,
 * kind and language tag, sorted, so that what a client understood can be compared with what Jena reads directly.
 */
final class Answers {
    private Answers() {
    }

    /** What Jena answers to a SELECT on the dataset itself, without any HTTP in between. */
    static List<String> selectInJena(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution solution = results.next();
                    Map<String, String> row = new TreeMap<>();
                    for (Iterator<String> names = solution.varNames(); names.hasNext(); ) {
                        String name = names.next();
                        row.put(name, term(solution.get(name).asNode()));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            return rows;
        });
    }

    /** What Jena answers to a CONSTRUCT on the dataset itself. */
    static List<String> constructInJena(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> triples = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                for (Triple t : exec.execConstruct().getGraph().find().toList()) {
                    triples.add(List.of(term(t.getSubject()), term(t.getPredicate()), term(t.getObject())).toString());
                }
            }
            triples.sort(null);
            return triples;
        });
    }

    /** The rows a client printed as {"rows": [{var: {value, type, lang?}}]}. */
    static List<String> rows(JsonNode printed) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : printed.path("rows")) {
            Map<String, String> out = new TreeMap<>();
            row.fields().forEachRemaining(e -> out.put(e.getKey(), term(e.getValue())));
            rows.add(out.toString());
        }
        rows.sort(null);
        return rows;
    }

    /** The triples a client printed as {"triples": [[s, p, o]]}. */
    static List<String> triples(JsonNode printed) {
        List<String> triples = new ArrayList<>();
        for (JsonNode t : printed.path("triples")) {
            triples.add(List.of(term(t.get(0)), term(t.get(1)), term(t.get(2))).toString());
        }
        triples.sort(null);
        return triples;
    }

    private static String term(Node node) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return "\"" + node.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang);
        }
        return "_:";
    }

    private static String term(JsonNode printed) {
        String value = printed.path("value").asText();
        return switch (printed.path("type").asText()) {
            case "uri" -> "<" + value + ">";
            case "literal", "typed-literal" -> "\"" + value + "\""
                    + (printed.hasNonNull("lang") ? "@" + printed.path("lang").asText() : "");
            default -> "_:";
        };
    }

}
