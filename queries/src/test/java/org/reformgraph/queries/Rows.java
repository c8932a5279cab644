package org.reformgraph.queries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** The rows of a SELECT answer, read the way a test compares them: IRIs and literals as plain strings. */
record Rows(List<String> variables, List<QuerySolution> solutions) {

    int size() {
        return solutions.size();
    }

    Row row(int index) {
        return new Row(solutions.get(index));
    }

    List<Row> all() {
        return solutions.stream().map(Row::new).toList();
    }

    /** A column's values in row order; an unbound cell is {@code null}. */
    List<String> column(String variable) {
        return solutions.stream().map(s -> text(s.get(variable))).collect(Collectors.toList());
    }

    /** The one row whose {@code variable} is {@code value}. */
    Row only(String variable, String value) {
        List<Row> matching = where(r -> value.equals(r.get(variable)));
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " rows with " + variable + " = " + value + " in " + this);
        }
        return matching.get(0);
    }

    List<Row> where(Predicate<Row> test) {
        return all().stream().filter(test).toList();
    }

    @Override
    public String toString() {
        return solutions.stream().map(s -> new Row(s).toString()).collect(Collectors.joining("\n", "\n", "\n"));
    }

    static String text(RDFNode node) {
        if (node == null) {
            return null;
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.toString();
    }

    /** One row. */
    record Row(QuerySolution solution) {
        String get(String variable) {
            return text(solution.get(variable));
        }

        boolean bound(String variable) {
            return solution.contains(variable);
        }

        int integer(String variable) {
            return Integer.parseInt(Objects.requireNonNull(get(variable), variable + " unbound in " + this));
        }

        BigDecimal decimal(String variable) {
            return new BigDecimal(Objects.requireNonNull(get(variable), variable + " unbound in " + this));
        }

        boolean bool(String variable) {
            return Boolean.parseBoolean(Objects.requireNonNull(get(variable), variable + " unbound in " + this));
        }

        /** The language tag of a literal cell, or "". */
        String language(String variable) {
            RDFNode node = solution.get(variable);
            return node != null && node.isLiteral() ? node.asLiteral().getLanguage() : "";
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            solution.varNames().forEachRemaining(v -> out.append(v).append('=').append(get(v)).append("  "));
            return out.toString().strip();
        }
    }
}
