package org.reformgraph.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Reads one {@code .rq} file: the header comment block at its top (see {@code queries/README.md}) and the query.
 * The query must parse, and every declared parameter must be a variable the query uses.
 */
public final class NamedQueryParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Query-string names the API keeps for itself. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("format");
    private static final Pattern FIELD = Pattern.compile("#\\s*(title|description|param)(@[A-Za-z0-9-]+)?\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)\\s*(.*)");

    private NamedQueryParser() {
    }

    /**
     * @param name   the query's name: lowercase ASCII letters, digits and hyphens (the file name without .rq)
     * @param text   the file's content
     * @param source where the text came from, for error messages
     */
    public static NamedQuery parse(String name, String text, String source) {
        if (!NAME.matcher(name).matches()) {
            throw new QueryLibraryException(source + ": query name '" + name
                    + "' must be lowercase letters, digits and hyphens (it is the file name without .rq)");
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<QueryParameter> parameters = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int headerEnd = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.startsWith("#")) {
                headerEnd = i;
                break; // the header ends at the first line that is not a comment
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                continue; // free commentary inside the header
            }
            int lineNo = i + 1;
            String key = field.group(1);
            String lang = field.group(2) == null ? "" : field.group(2).substring(1).toLowerCase();
            String value = field.group(3).strip();
            switch (key) {
                case "title" -> {
                    if (value.isEmpty()) {
                        throw QueryLibraryException.at(source, lineNo, "empty title");
                    }
                    if (titles.putIfAbsent(lang, value) != null) {
                        throw QueryLibraryException.at(source, lineNo, "a second title" + (lang.isEmpty() ? "" : "@" + lang));
                    }
                }
                case "description" -> descriptions.merge(lang, value, (a, b) -> a + " " + b);
                case "param" -> {
                    if (!lang.isEmpty()) {
                        throw QueryLibraryException.at(source, lineNo, "param takes no language tag");
                    }
                    parameters.add(parameter(value, source, lineNo, parameters));
                }
                default -> throw new IllegalStateException(key);
            }
        }
        if (!titles.containsKey("")) {
            throw QueryLibraryException.at(source, 1, "the header has no '# title: …' line");
        }
        Query query;
        try {
            query = QueryFactory.create(text, NamedQuery.QUERY_BASE);
        } catch (QueryParseException e) {
            throw QueryLibraryException.at(source, e.getLine(), "the query does not parse: " + e.getMessage());
        }
        String body = String.join("\n", List.of(lines).subList(headerEnd, lines.length));
        for (QueryParameter parameter : parameters) {
            if (!usesVariable(body, parameter.name())) {
                throw new QueryLibraryException(source + ": parameter '" + parameter.name()
                        + "' is declared but the query has no variable ?" + parameter.name());
            }
        }
        if (query.isUnknownType()) {
            throw new QueryLibraryException(source + ": not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
        }
        return new NamedQuery(name, titles, descriptions, parameters, text, NamedQuery.Form.of(query));
    }

    private static QueryParameter parameter(String spec, String source, int lineNo, List<QueryParameter> earlier) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw QueryLibraryException.at(source, lineNo,
                    "expected '# param: name type default description' (default '-' when required), got '" + spec + "'");
        }
        String name = m.group(1);
        if (RESERVED.contains(name)) {
            throw QueryLibraryException.at(source, lineNo, "'" + name
                    + "' cannot be a parameter name: the API uses it to choose the answer's format");
        }
        if (earlier.stream().anyMatch(p -> p.name().equals(name))) {
            throw QueryLibraryException.at(source, lineNo, "parameter '" + name + "' is declared twice");
        }
        ParameterType type;
        try {
            type = ParameterType.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            throw QueryLibraryException.at(source, lineNo, e.getMessage());
        }
        Optional<String> defaultValue = defaultValue(m.group(3));
        if (defaultValue.isPresent()) {
            try {
                type.toNode(defaultValue.get());
            } catch (IllegalArgumentException e) {
                throw QueryLibraryException.at(source, lineNo, "default of '" + name + "': " + e.getMessage());
            }
        }
        return new QueryParameter(name, type, defaultValue, m.group(4).strip());
    }

    private static Optional<String> defaultValue(String token) {
        if (token.equals("-")) {
            return Optional.empty();
        }
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return Optional.of(token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1"));
        }
        return Optional.of(token);
    }

    private static boolean usesVariable(String text, String name) {
        return Pattern.compile("[?$]" + Pattern.quote(name) + "(?![A-Za-z0-9_\\u00B7\\u0300-\\u036F\\u203F-\\u2040])")
                .matcher(text).find();
    }
}
