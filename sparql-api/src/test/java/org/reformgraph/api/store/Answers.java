package org.reformgraph.api.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * SPARQL answers compared as the tests need: a SELECT as a multiset of rows (sorted), each row by the lexical values
 * of its terms. Two loads of the same plans differ only in when they ran, so {@code xsd:dateTime} values (the load
 * runs' times) compare as equal to each other; blank nodes compare by kind, their labels being local to an answer.
 */
final class Answers {
    private Answers() {
    }

    /** The rows of a SPARQL JSON or CSV answer, in a stable order; an ASK answer is one row {@code ask=true|false}. */
    static List<String> rows(String body, org.apache.jena.riot.Lang lang) {
        SPARQLResult result = ResultsReader.create().lang(lang).build()
                .readAny(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        List<String> rows = new ArrayList<>();
        if (result.isBoolean()) {
            rows.add("ask=" + result.getBooleanResult());
            return rows;
        }
        ResultSet results = result.getResultSet();
        results.forEachRemaining(solution -> {
            Map<String, String> row = new TreeMap<>();
            solution.varNames().forEachRemaining(v -> row.put(v, lexical(solution.get(v).asNode())));
            rows.add(row.toString());
        });
        rows.sort(null);
        return rows;
    }

    static List<String> jsonRows(String body) {
        return rows(body, ResultSetLang.RS_JSON);
    }

    static List<String> csvRows(String body) {
        return rows(body, ResultSetLang.RS_CSV);
    }

    static String lexical(Node node) {
        if (node.isBlank()) {
            return "_:";
        }
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isLiteral()) {
            if (XSDDatatype.XSDdateTime.getURI().equals(node.getLiteralDatatypeURI())) {
                return "(a dateTime)";
            }
            String lang = node.getLiteralLanguage();
            return "\"" + node.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang);
        }
        return node.toString();
    }
}
