package org.reformgraph.api.store;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * SPARQL answers compared as the tests need: a SELECT as a multiset of rows (sorted), each row by the lexical values
 * of its terms, except where two correct stores may differ:
 * <ul>
 *   <li>two loads of the same plans differ only in when they ran, so {@code xsd:dateTime} values (the load runs'
 *       times) compare as equal to each other;</li>
 *   <li>blank nodes compare by kind, their labels being local to an answer;</li>
 *   <li>numbers compare by value: TDB2 keeps a decimal as its value ({@code 10} comes back as {@code 10.0}), an
 *       in-memory store keeps the lexical form;</li>
 *   <li>a {@code GROUP_CONCAT} compares as the multiset of its parts: SPARQL leaves their order to the store.</li>
 * </ul>
 */
final class Answers {
    private Answers() {
    }

    /** The rows of a SPARQL JSON or CSV answer, in a stable order; an ASK answer is one row {@code ask=true|false}. */
    static List<String> rows(String body, org.apache.jena.riot.Lang lang) {
        return rows(body, lang, Map.of());
    }

    /** @param concatenated the variables that hold a {@code GROUP_CONCAT}, with their separators */
    static List<String> rows(String body, org.apache.jena.riot.Lang lang, Map<String, String> concatenated) {
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
            solution.varNames().forEachRemaining(v -> {
                Node node = solution.get(v).asNode();
                String separator = concatenated.get(v);
                row.put(v, separator == null || separator.isEmpty() || !node.isLiteral() ? lexical(node)
                        : parts(node.getLiteralLexicalForm(), separator));
            });
            rows.add(row.toString());
        });
        rows.sort(null);
        return rows;
    }

    static List<String> jsonRows(String body) {
        return rows(body, ResultSetLang.RS_JSON);
    }

    static List<String> jsonRows(String body, Map<String, String> concatenated) {
        return rows(body, ResultSetLang.RS_JSON, concatenated);
    }

    /** The variables a query (or any of its sub-queries) binds to a GROUP_CONCAT, with the separator of each. */
    static Map<String, String> concatenations(Query query) {
        Map<String, String> found = new TreeMap<>();
        Map<Var, String> aggregates = new java.util.HashMap<>();
        for (ExprAggregator aggregator : query.getAggregators()) {
            String separator = separator(aggregator.getAggregator());
            if (separator != null) {
                aggregates.put(aggregator.getVar(), separator);
            }
        }
        VarExprList project = query.getProject();
        for (Var v : project.getVars()) {
            Expr expr = project.getExpr(v);
            if (expr instanceof ExprAggregator aggregator && separator(aggregator.getAggregator()) != null) {
                found.put(v.getVarName(), separator(aggregator.getAggregator()));
            } else if (expr instanceof ExprVar ref && aggregates.containsKey(ref.asVar())) {
                found.put(v.getVarName(), aggregates.get(ref.asVar()));
            }
        }
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery subQuery) {
                    concatenations(subQuery.getQuery()).forEach(found::putIfAbsent);
                }
            });
        }
        return found;
    }

    private static String separator(Aggregator aggregator) {
        if (aggregator instanceof AggGroupConcat concat) {
            return concat.getSeparator() == null ? " " : concat.getSeparator();
        }
        if (aggregator instanceof AggGroupConcatDistinct concat) {
            return concat.getSeparator() == null ? " " : concat.getSeparator();
        }
        return null;
    }

    private static String parts(String value, String separator) {
        List<String> parts = new ArrayList<>(List.of(value.split(java.util.regex.Pattern.quote(separator), -1)));
        parts.sort(null);
        return "parts" + parts;
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
            if (node.getLiteralValue() instanceof Number number) {
                return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            }
            String lang = node.getLiteralLanguage();
            return "\"" + node.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang);
        }
        return node.toString();
    }
}
