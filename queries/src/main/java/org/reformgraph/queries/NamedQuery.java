package org.reformgraph.queries;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query of the library: its name (the file name without {@code .rq}), what its header says, and its SPARQL text.
 *
 * @param titles       the title by language tag; the untagged title is under {@code ""}
 * @param descriptions the description by language tag, like {@code titles}
 * @param form         what the query answers (rows or a graph), known when the library parsed it
 */
public record NamedQuery(String name, Map<String, String> titles, Map<String, String> descriptions,
                         List<QueryParameter> parameters, String sparql, Form form) {
    /** Relative IRIs in a library query resolve against this, not against the working directory. */
    public static final String QUERY_BASE = "https://w3id.org/reformgraph/id/";

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(form, "form");
    }

    /** The query forms of SPARQL 1.1. */
    public enum Form {
        SELECT, ASK, CONSTRUCT, DESCRIBE;

        /** The form of a parsed query. */
        public static Form of(Query query) {
            if (query.isSelectType()) {
                return SELECT;
            }
            if (query.isAskType()) {
                return ASK;
            }
            if (query.isConstructType()) {
                return CONSTRUCT;
            }
            if (query.isDescribeType()) {
                return DESCRIBE;
            }
            throw new IllegalArgumentException("not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
        }

        /** Whether the answer is a table of rows (SELECT, ASK: a boolean is a table of none) rather than a graph. */
        public boolean answersRows() {
            return this == SELECT || this == ASK;
        }
    }

    /** The untagged title. */
    public String title() {
        return titles.getOrDefault("", name);
    }

    /** The untagged description, or an empty string. */
    public String description() {
        return descriptions.getOrDefault("", "");
    }

    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The query as written, every parameter unbound. */
    public Query parse() {
        return QueryFactory.create(sparql, QUERY_BASE);
    }

    /**
     * The query with each parameter replaced by the RDF term of its value (or of its default). The terms are put
     * into the parsed query, never pasted into its text, so a value cannot change what the query does.
     *
     * @throws ParameterBindingException for a name the query does not declare, a missing required value, or a
     *                                   value that is not of the declared type
     */
    public Query bind(Map<String, String> values) {
        return QueryTransformOps.transform(parse(), terms(values));
    }

    /** The RDF term each parameter takes for these values, in declaration order. */
    public Map<Var, Node> terms(Map<String, String> values) {
        Map<String, String> remaining = new HashMap<>(values);
        Map<Var, Node> terms = new LinkedHashMap<>();
        for (QueryParameter parameter : parameters) {
            String value = remaining.remove(parameter.name());
            if (value == null) {
                value = parameter.defaultValue().orElseThrow(() -> new ParameterBindingException(
                        "query '" + name + "' needs a value for parameter '" + parameter.name() + "' ("
                                + parameter.type() + ")"));
            }
            try {
                terms.put(Var.alloc(parameter.name()), parameter.type().toNode(value));
            } catch (IllegalArgumentException e) {
                throw new ParameterBindingException("parameter '" + parameter.name() + "' of query '" + name
                        + "': " + e.getMessage(), e);
            }
        }
        if (!remaining.isEmpty()) {
            throw new ParameterBindingException("query '" + name + "' has no parameter named "
                    + String.join(", ", remaining.keySet().stream().sorted().map(n -> "'" + n + "'").toList())
                    + (parameters.isEmpty() ? "; it takes none"
                    : "; it takes " + String.join(", ", parameters.stream().map(QueryParameter::name).toList())));
        }
        return terms;
    }
}
