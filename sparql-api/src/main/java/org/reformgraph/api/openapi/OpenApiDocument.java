package org.reformgraph.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.api.named.NetworkAnswer;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.ParameterType;
import org.reformgraph.queries.QueryLibrary;
import org.reformgraph.queries.QueryParameter;

/**
 * The OpenAPI 3.1 description of the HTTP API: the SPARQL protocol paths, the named-query list, one path per named
 * query with its parameters (from the query library, so it never drifts from what runs), and the write routes when
 * they are enabled. Built as plain maps and lists that Jackson writes as JSON.
 */
public final class OpenApiDocument {
    public static final String VERSION = "3.1.0";

    private static final String JSON = "application/json";
    private static final String SPARQL_JSON = "application/sparql-results+json";

    private OpenApiDocument() {
    }

    /**
     * @param library       the named queries
     * @param apiVersion    the server's version
     * @param formatsOf     the {@code ?format=} values each query answers in
     * @param writesEnabled whether {@code /update} and {@code POST /api/plans} exist
     */
    public static Map<String, Object> build(QueryLibrary library, String apiVersion,
                                            java.util.function.Function<NamedQuery, List<String>> formatsOf,
                                            boolean writesEnabled) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", VERSION);
        doc.put("info", Map.of(
                "title", "reformgraph",
                "version", apiVersion,
                "description", "A knowledge graph of Chinese business-environment plans: measures, the agencies that "
                        + "lead or carry them out, reform types, topics and targets, each traceable to its sentence. "
                        + "SPARQL 1.1 at /sparql; named queries at /api/queries."));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/sparql", sparql());
        paths.put("/graph", graphStore());
        paths.put("/api/queries", Map.of("get", operation("listQueries", "The named queries",
                "Name, titles, descriptions, parameters, formats and SPARQL text of every named query.",
                List.of(), Map.of("200", response("The named queries", Map.of(JSON, Map.of("schema",
                        Map.of("type", "array", "items", Map.of("type", "object")))))), List.of("named queries"))));
        for (NamedQuery query : library.all()) {
            paths.put("/api/queries/" + query.name(), Map.of("get", namedQuery(query, formatsOf.apply(query))));
        }
        paths.put("/api/search", Map.of("get", search()));
        paths.put("/api/openapi.json", Map.of("get", operation("openApi", "This description", "OpenAPI 3.1, as JSON.",
                List.of(), Map.of("200", response("The OpenAPI description", Map.of(JSON, Map.of("schema",
                        Map.of("type", "object"))))), List.of("meta"))));
        paths.put("/actuator/health", Map.of("get", operation("health", "Health", "UP when the server and the dataset answer.",
                List.of(), Map.of("200", response("Up", Map.of(JSON, Map.of("schema", Map.of("type", "object")))),
                        "503", response("Down", null)), List.of("meta"))));
        if (writesEnabled) {
            paths.put("/update", update());
            paths.put("/api/plans", planUpload());
        }
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", Map.of("Error", Map.of("type", "object",
                "properties", Map.of("status", Map.of("type", "integer"), "error", Map.of("type", "string")),
                "required", List.of("status", "error"))));
        if (writesEnabled) {
            components.put("securitySchemes", Map.of("operatorToken", Map.of("type", "http", "scheme", "bearer",
                    "description", "The operator's token (REFORMGRAPH_TOKEN or serve --token-file).")));
        }
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> sparql() {
        List<Map<String, Object>> parameters = List.of(
                parameter("query", "query", true, Map.of("type", "string"), "A SPARQL 1.1 query."),
                parameter("default-graph-uri", "query", false, Map.of("type", "string", "format", "iri"),
                        "A graph to use as the default graph instead of the union of all plan graphs."),
                parameter("named-graph-uri", "query", false, Map.of("type", "string", "format", "iri"),
                        "A graph to make available to GRAPH."),
                parameter("format", "query", false, Map.of("type", "string", "enum", List.of("json", "xml", "csv", "tsv",
                        "turtle", "json-ld", "n-triples", "rdf/xml")), "The answer's format, instead of Accept."),
                parameter("timeout", "query", false, Map.of("type", "number"),
                        "Seconds the query may run, up to the server's limit."));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("The answer: results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE", Map.of(
                SPARQL_JSON, Map.of("schema", Map.of("type", "object")),
                "application/sparql-results+xml", Map.of("schema", Map.of("type", "string")),
                "text/csv", Map.of("schema", Map.of("type", "string")),
                "text/tab-separated-values", Map.of("schema", Map.of("type", "string")),
                "text/turtle", Map.of("schema", Map.of("type", "string")),
                "application/ld+json", Map.of("schema", Map.of("type", "object")))));
        answers.put("400", response("The query does not parse, or a parameter is wrong", null));
        answers.put("413", response("The request body is over the size limit", null));
        answers.put("503", response("The query ran out of time", null));
        Map<String, Object> get = operation("sparqlQuery", "SPARQL 1.1 query (GET)",
                "The SPARQL 1.1 Protocol. The default graph is the union of all plan graphs. Without parameters, the "
                        + "SPARQL service description.", parameters, answers, List.of("sparql"));
        Map<String, Object> post = operation("sparqlQueryPost", "SPARQL 1.1 query (POST)",
                "The query as a form field or as the body.", List.of(), answers, List.of("sparql"));
        post.put("requestBody", Map.of("required", true, "content", Map.of(
                "application/sparql-query", Map.of("schema", Map.of("type", "string")),
                "application/x-www-form-urlencoded", Map.of("schema", Map.of("type", "object",
                        "properties", Map.of("query", Map.of("type", "string")), "required", List.of("query"))))));
        return Map.of("get", get, "post", post);
    }

    private static Map<String, Object> search() {
        List<Map<String, Object>> parameters = List.of(
                parameter("q", "query", true, Map.of("type", "string", "minLength", 1, "maxLength", 200),
                        "What to look for, e.g. 带押过户. Each space-separated chunk must occur, as a phrase or as all its "
                                + "words; exact phrases rank first. Traditional characters find simplified ones. Lucene "
                                + "syntax (quotes, AND/OR, wildcards) is used as written."),
                parameter("limit", "query", false, Map.of("type", "integer", "minimum", 1, "maximum", 200, "default", 20),
                        "How many hits to return."),
                parameter("offset", "query", false, Map.of("type", "integer", "minimum", 0, "maximum", 10000, "default", 0),
                        "How many hits to skip."),
                parameter("plan", "query", false, Map.of("type", "string", "format", "iri"),
                        "Only resources of this plan's graph, e.g. https://w3id.org/reformgraph/id/plan/wuhan-2023."),
                parameter("type", "query", false, Map.of("type", "string", "enum", List.of("Measure", "Plan", "Section",
                        "Agency", "Jurisdiction", "ReformType", "Topic", "AgencyType")), "Only resources of this kind."));
        Map<String, Object> hit = Map.of("type", "object", "required", List.of("iri", "type", "label", "score", "snippet"),
                "properties", Map.of("iri", Map.of("type", "string", "format", "iri"), "type", Map.of("type", "string"),
                        "plan", Map.of("type", "string", "format", "iri", "description",
                                "The plan of the graph it was found in; absent outside plan graphs (schemes, ontology)"),
                        "label", Map.of("type", "string"), "score", Map.of("type", "number"),
                        "snippet", Map.of("type", "string", "description",
                                "HTML: the text around the match, escaped, with the matched words in <em>")));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("Ranked hits, one per resource", Map.of(JSON, Map.of("schema", Map.of("type", "object",
                "required", List.of("query", "total", "tookMs", "hits"),
                "properties", Map.of("query", Map.of("type", "string"), "total", Map.of("type", "integer"),
                        "tookMs", Map.of("type", "integer"), "hits", Map.of("type", "array", "items", hit)))))));
        Map<String, Object> error = Map.of(JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Error")));
        answers.put("400", response("q empty or over 200 characters, or a bad limit, offset or type", error));
        answers.put("501", response("The server serves a remote store (serve --store): search needs the embedded store", error));
        answers.put("503", response("The text index is being built (after start with a missing index)", error));
        return operation("search", "Full-text search",
                "Ranked full-text search over measure text, plan, section and measure titles, and the labels of "
                        + "agencies, reform types, topics and jurisdictions, segmented in Chinese words (HanLP). The same "
                        + "index answers text:query (PREFIX text: <http://jena.apache.org/text#>) at /sparql.",
                parameters, answers, List.of("search"));
    }

    private static Map<String, Object> graphStore() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("The graph", Map.of("text/turtle", Map.of("schema", Map.of("type", "string")),
                "application/ld+json", Map.of("schema", Map.of("type", "object")),
                "application/n-triples", Map.of("schema", Map.of("type", "string")),
                "application/rdf+xml", Map.of("schema", Map.of("type", "string")))));
        answers.put("400", response("No graph named, or the whole dataset asked for", null));
        answers.put("404", response("No such graph", null));
        return Map.of("get", operation("readGraph", "One named graph (Graph Store Protocol)",
                "One plan's graph, the catalog or the ontology. The whole dataset is not served here.",
                List.of(parameter("graph", "query", true, Map.of("type", "string", "format", "iri"), "The graph's IRI."),
                        parameter("format", "query", false, Map.of("type", "string",
                                "enum", List.of("turtle", "json-ld", "n-triples", "rdf/xml")), "Instead of Accept.")),
                answers, List.of("sparql")));
    }

    private static Map<String, Object> namedQuery(NamedQuery query, List<String> formats) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            Map<String, Object> schema = new LinkedHashMap<>(schema(p.type()));
            p.defaultValue().ifPresent(d -> schema.put("default", d));
            parameters.add(parameter(p.name(), "query", p.required(), schema,
                    p.description().isEmpty() ? p.type().toString() : p.description() + " (" + p.type() + ")"));
        }
        parameters.add(parameter("format", "query", false, Map.of("type", "string", "enum", formats),
                "The answer's format, instead of Accept."));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put(SPARQL_JSON, Map.of("schema", Map.of("type", "object")));
        if (formats.contains("csv")) {
            content.put("text/csv", Map.of("schema", Map.of("type", "string")));
        }
        if (formats.contains("turtle")) {
            content.put("text/turtle", Map.of("schema", Map.of("type", "string")));
        }
        if (formats.contains(NetworkAnswer.FORMAT)) {
            content.put(NetworkAnswer.MEDIA_TYPE, Map.of("schema", networkSchema()));
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("The answer", content));
        answers.put("400", response("A parameter is missing, unknown or of the wrong type",
                Map.of(JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
        answers.put("503", response("The query ran out of time", null));
        String description = query.description().isEmpty() ? query.title() : query.description();
        return operation("query_" + query.name().replace('-', '_'), query.title(), description, parameters, answers,
                List.of("named queries"));
    }

    private static Map<String, Object> networkSchema() {
        return Map.of("type", "object", "required", List.of("nodes", "edges"), "properties", Map.of(
                "nodes", Map.of("type", "array", "items", Map.of("type", "object", "required", List.of("id", "label"),
                        "properties", Map.of("id", Map.of("type", "string"), "label", Map.of("type", "string")))),
                "edges", Map.of("type", "array", "items", Map.of("type", "object",
                        "required", List.of("source", "target", "weight"),
                        "properties", Map.of("source", Map.of("type", "string"), "target", Map.of("type", "string"),
                                "weight", Map.of("type", "number"))))));
    }

    private static Map<String, Object> update() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("Done", null));
        answers.put("204", response("Done", null));
        answers.put("400", response("The update does not parse", null));
        answers.put("401", response("No token, or not the operator's", null));
        answers.put("413", response("The request body is over the size limit", null));
        Map<String, Object> post = operation("sparqlUpdate", "SPARQL 1.1 Update",
                "Changes the dataset; needs the operator's token.", List.of(), answers, List.of("write"));
        post.put("requestBody", Map.of("required", true, "content", Map.of(
                "application/sparql-update", Map.of("schema", Map.of("type", "string")),
                "application/x-www-form-urlencoded", Map.of("schema", Map.of("type", "object",
                        "properties", Map.of("update", Map.of("type", "string")), "required", List.of("update"))))));
        post.put("security", List.of(Map.of("operatorToken", List.of())));
        return Map.of("post", post);
    }

    private static Map<String, Object> planUpload() {
        List<Map<String, Object>> parameters = List.of(
                parameter("id", "query", false, Map.of("type", "string", "pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"),
                        "The plan id (default: from the file name)."),
                parameter("jurisdiction", "query", true, Map.of("type", "string"),
                        "Where the plan applies, e.g. 武汉市 or 济南市钢城区."),
                parameter("level", "query", false, Map.of("type", "string",
                        "enum", List.of("nation", "province", "city", "district", "township")),
                        "The jurisdiction's level (default: from its name)."),
                parameter("within", "query", false, Map.of("type", "string"), "The enclosing jurisdiction, e.g. 湖北省."),
                parameter("year", "query", false, Map.of("type", "integer"), "The year the plan was issued."),
                parameter("title", "query", false, Map.of("type", "string"), "The plan's title."),
                parameter("filename", "query", false, Map.of("type", "string"), "The file name of a raw body."));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("200", response("What the loader did", Map.of(JSON, Map.of("schema", Map.of("type", "object",
                "required", List.of("planId", "graph", "measures", "triples", "warnings"))))));
        answers.put("400", response("Missing or bad metadata", Map.of(JSON, Map.of("schema",
                Map.of("$ref", "#/components/schemas/Error")))));
        answers.put("401", response("No token, or not the operator's", null));
        answers.put("413", response("The upload is over the size limit", null));
        answers.put("422", response("Text the loader cannot use; nothing was written",
                Map.of(JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
        Map<String, Object> post = operation("loadPlan", "Load a plan",
                "Runs the loader on the text and replaces the plan's graph in one transaction. The metadata goes in "
                        + "the query string (or as form fields of a multipart upload).", parameters, answers,
                List.of("write"));
        post.put("requestBody", Map.of("required", true, "content", Map.of(
                "multipart/form-data", Map.of("schema", Map.of("type", "object", "required", List.of("file"),
                        "properties", Map.of("file", Map.of("type", "string", "contentMediaType", "text/plain")))),
                "text/plain", Map.of("schema", Map.of("type", "string")),
                "application/octet-stream", Map.of("schema", Map.of("type", "string",
                        "contentMediaType", "application/octet-stream")))));
        post.put("security", List.of(Map.of("operatorToken", List.of())));
        return Map.of("post", post);
    }

    private static Map<String, Object> schema(ParameterType type) {
        return switch (type.kind()) {
            case IRI -> Map.of("type", "string", "format", "iri");
            case INTEGER -> Map.of("type", "integer");
            case DECIMAL -> Map.of("type", "number");
            case BOOLEAN -> Map.of("type", "boolean");
            case DATE -> Map.of("type", "string", "format", "date");
            case STRING, LANG_STRING -> Map.of("type", "string");
        };
    }

    private static Map<String, Object> operation(String id, String summary, String description,
                                                 List<Map<String, Object>> parameters, Map<String, Object> responses,
                                                 List<String> tags) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", id);
        op.put("summary", summary);
        op.put("description", description);
        op.put("tags", tags);
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> parameter(String name, String in, boolean required, Map<String, Object> schema,
                                                 String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> response(String description, Map<String, Object> content) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("description", description);
        if (content != null) {
            r.put("content", content);
        }
        return r;
    }
}
