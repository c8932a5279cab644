package org.reformgraph.api.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;
import org.reformgraph.queries.QueryParameter;

/**
 * The query library as the editor's examples. A library query names its parameters as variables; sent as it is to
 * {@code /sparql} it would answer nothing, so each example is the query with its parameters' defaults bound the way
 * {@code /api/queries/{name}} binds them, under the file's own header. A query with a required parameter keeps the
 * variable, and says so in a comment, for the user to fill in.
 */
final class EditorExamples {
    private EditorExamples() {
    }

    record Example(String name, String title, Map<String, String> titles, String description,
                   Map<String, String> descriptions, String href, String sparql) {
    }

    static List<Example> of(QueryLibrary library) {
        List<Example> examples = new ArrayList<>();
        for (NamedQuery query : library.all()) {
            examples.add(new Example(query.name(), query.title(), query.titles(), query.description(),
                    query.descriptions(), "/api/queries/" + query.name(), runnable(query)));
        }
        return examples;
    }

    static String runnable(NamedQuery query) {
        List<QueryParameter> required = query.parameters().stream().filter(QueryParameter::required).toList();
        if (!required.isEmpty()) {
            String names = required.stream().map(p -> "?" + p.name() + " (" + p.description() + ")")
                    .collect(Collectors.joining(", "));
            return query.sparql().stripTrailing() + "\n# replace " + names + " before running\n";
        }
        return header(query) + query.bind(Map.of()).serialize();
    }

    private static String header(NamedQuery query) {
        StringBuilder header = new StringBuilder();
        for (String line : query.sparql().split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        if (!query.parameters().isEmpty()) {
            header.append("# (parameters bound to their defaults: ").append(query.parameters().stream()
                    .map(p -> p.name() + "=" + p.defaultValue().orElse("")).collect(Collectors.joining(", ")))
                    .append(")\n");
        }
        return header.toString();
    }
}
