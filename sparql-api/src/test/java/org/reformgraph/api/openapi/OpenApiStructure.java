package org.reformgraph.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a document against the structure the OpenAPI 3.1 specification prescribes: the allowed and required fields of
 * the document, path items, operations, parameters, request bodies and responses; unique operation ids; path
 * parameters that are required and appear in their path; references and security schemes that resolve.
 * Returns every problem found, each naming where it is.
 */
final class OpenApiStructure {
    private static final Set<String> ROOT = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks",
            "components", "security", "tags", "externalDocs");
    private static final Set<String> INFO = Set.of("title", "summary", "description", "termsOfService", "contact",
            "license", "version");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> PATH_ITEM = union(METHODS, Set.of("$ref", "summary", "description", "servers",
            "parameters"));
    private static final Set<String> OPERATION = Set.of("tags", "summary", "description", "externalDocs", "operationId",
            "parameters", "requestBody", "responses", "callbacks", "deprecated", "security", "servers");
    private static final Set<String> PARAMETER = Set.of("name", "in", "description", "required", "deprecated",
            "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content");
    private static final Set<String> PARAMETER_IN = Set.of("query", "header", "path", "cookie");
    private static final Set<String> RESPONSE = Set.of("description", "headers", "content", "links");
    private static final Set<String> REQUEST_BODY = Set.of("description", "content", "required");
    private static final Set<String> MEDIA_TYPE = Set.of("schema", "example", "examples", "encoding");
    private static final Pattern STATUS = Pattern.compile("default|[1-5](\\d\\d|XX)");
    private static final Pattern MEDIA_RANGE = Pattern.compile("[\\w.+*-]+/[\\w.+*-]+");

    private final JsonNode doc;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> operationIds = new HashSet<>();

    private OpenApiStructure(JsonNode doc) {
        this.doc = doc;
    }

    static List<String> problems(JsonNode doc) {
        OpenApiStructure check = new OpenApiStructure(doc);
        check.document();
        return check.problems;
    }

    private void document() {
        fields("(root)", doc, ROOT);
        if (!doc.path("openapi").asText().matches("3\\.1\\.\\d+")) {
            problems.add("openapi must be 3.1.x, not " + doc.path("openapi"));
        }
        JsonNode info = doc.path("info");
        fields("info", info, INFO);
        requireText("info", info, "title");
        requireText("info", info, "version");
        if (!doc.path("paths").isObject()) {
            problems.add("paths must be an object");
            return;
        }
        doc.path("paths").fields().forEachRemaining(e -> pathItem(e.getKey(), e.getValue()));
    }

    private void pathItem(String path, JsonNode item) {
        if (!path.startsWith("/")) {
            problems.add("path " + path + " must start with /");
        }
        fields(path, item, PATH_ITEM);
        item.fields().forEachRemaining(e -> {
            if (METHODS.contains(e.getKey())) {
                operation(path, e.getKey(), e.getValue());
            }
        });
    }

    private void operation(String path, String method, JsonNode op) {
        String where = method.toUpperCase() + " " + path;
        fields(where, op, OPERATION);
        if (op.has("operationId") && !operationIds.add(op.path("operationId").asText())) {
            problems.add(where + ": operationId " + op.path("operationId") + " is not unique");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode p : op.path("parameters")) {
            parameter(where, path, p, seen);
        }
        for (String name : pathTemplateNames(path)) {
            if (!seen.contains("path:" + name)) {
                problems.add(where + ": path parameter {" + name + "} is not declared");
            }
        }
        if (op.has("requestBody")) {
            JsonNode body = op.path("requestBody");
            fields(where + " requestBody", body, REQUEST_BODY);
            content(where + " requestBody", body.path("content"), true);
        }
        JsonNode responses = op.path("responses");
        if (!responses.isObject() || responses.isEmpty()) {
            problems.add(where + ": responses must be a non-empty object");
        }
        responses.fields().forEachRemaining(e -> {
            String at = where + " response " + e.getKey();
            if (!STATUS.matcher(e.getKey()).matches()) {
                problems.add(at + ": not a status code");
            }
            fields(at, e.getValue(), RESPONSE);
            requireText(at, e.getValue(), "description");
            if (e.getValue().has("content")) {
                content(at, e.getValue().path("content"), false);
            }
        });
        for (JsonNode requirement : op.path("security")) {
            requirement.fieldNames().forEachRemaining(scheme -> {
                if (doc.path("components").path("securitySchemes").path(scheme).isMissingNode()) {
                    problems.add(where + ": security scheme " + scheme + " is not in components.securitySchemes");
                }
            });
        }
    }

    private void parameter(String where, String path, JsonNode p, Set<String> seen) {
        String at = where + " parameter " + p.path("name").asText("?");
        fields(at, p, PARAMETER);
        requireText(at, p, "name");
        String in = p.path("in").asText();
        if (!PARAMETER_IN.contains(in)) {
            problems.add(at + ": 'in' must be one of " + PARAMETER_IN + ", not '" + in + "'");
        }
        if (!seen.add(in + ":" + p.path("name").asText())) {
            problems.add(at + ": declared twice");
        }
        if (in.equals("path") && (!p.path("required").asBoolean(false)
                || !pathTemplateNames(path).contains(p.path("name").asText()))) {
            problems.add(at + ": a path parameter must be required and appear in the path");
        }
        if (p.has("schema") == p.has("content")) {
            problems.add(at + ": needs exactly one of schema and content");
        }
        if (p.has("schema")) {
            schema(at, p.path("schema"));
        }
    }

    private void content(String at, JsonNode content, boolean required) {
        if (!content.isObject() || (required && content.isEmpty())) {
            problems.add(at + ": content must be a" + (required ? " non-empty" : "n") + " object");
            return;
        }
        content.fields().forEachRemaining(e -> {
            if (!MEDIA_RANGE.matcher(e.getKey()).matches()) {
                problems.add(at + ": " + e.getKey() + " is not a media type");
            }
            fields(at + " " + e.getKey(), e.getValue(), MEDIA_TYPE);
            if (e.getValue().has("schema")) {
                schema(at + " " + e.getKey(), e.getValue().path("schema"));
            }
        });
    }

    private void schema(String at, JsonNode schema) {
        if (!schema.isObject()) {
            problems.add(at + ": a schema must be an object");
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (!ref.startsWith("#/") || doc.at(ref.substring(1)).isMissingNode()) {
                problems.add(at + ": $ref " + ref + " does not resolve");
            }
        }
        if (schema.has("type") && !Set.of("string", "number", "integer", "boolean", "array", "object", "null")
                .contains(schema.path("type").asText())) {
            problems.add(at + ": unknown schema type " + schema.path("type"));
        }
        if (schema.has("enum") && (!schema.path("enum").isArray() || schema.path("enum").isEmpty())) {
            problems.add(at + ": enum must be a non-empty array");
        }
        if (schema.path("type").asText().equals("array")) {
            schema(at + " items", schema.path("items"));
        }
        schema.path("properties").fields().forEachRemaining(e -> schema(at + "." + e.getKey(), e.getValue()));
    }

    private void fields(String at, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            problems.add(at + ": must be an object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name) && !name.startsWith("x-")) {
                problems.add(at + ": field '" + name + "' is not allowed here");
            }
        }
    }

    private void requireText(String at, JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            problems.add(at + ": " + field + " is required (a string)");
        }
    }

    private static List<String> pathTemplateNames(String path) {
        List<String> names = new ArrayList<>();
        var m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

}
