package org.reformgraph.api.named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.ParameterBindingException;
import org.reformgraph.queries.QueryLibrary;
import org.reformgraph.queries.QueryParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query library over HTTP: {@code GET /api/queries} lists the named queries, {@code GET /api/queries/{name}}
 * runs one with its parameters from the query string. {@code format} is reserved for choosing the answer's format
 * (json, csv, tsv, xml; turtle, json-ld, n-triples for CONSTRUCT), as an alternative to the Accept header.
 */
@RestController
public class NamedQueryController {
    /** Response header saying whether the answer came from memory ({@code hit}) or from running the query. */
    public static final String CACHE_HEADER = "X-Reformgraph-Cache";

    private final QueryLibrary library;
    private final NamedQueryRunner runner;

    public NamedQueryController(QueryLibrary library, NamedQueryRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    @GetMapping(path = "/api/queries", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> list() {
        return library.all().stream().map(NamedQueryController::describe).toList();
    }

    @GetMapping("/api/queries/{name}")
    public ResponseEntity<byte[]> run(@PathVariable("name") String name,
                                      @RequestParam MultiValueMap<String, String> parameters,
                                      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        NamedQuery query = library.get(name).orElseThrow(() -> new UnknownQueryException(name));
        AnswerRequest asked = AnswerRequest.of(parameters, accept);
        if (asked.network()) {
            return network(query, asked.values());
        }
        NamedQueryRunner.Served served = runner.run(query, asked.values(), asked.answerFormat(query));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, served.answer().contentType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(CACHE_HEADER, cacheHeader(served))
                .body(served.answer().body());
    }

    /** Nodes and edges, made from the query's JSON answer (so it shares that answer's cache entry). */
    private ResponseEntity<byte[]> network(NamedQuery query, Map<String, String> values) {
        if (!NetworkAnswer.fits(query.parse())) {
            throw new ParameterBindingException("query '" + query.name() + "' does not select ?source and ?target, "
                    + "so it has no nodes/edges form; format=graph is for network-shaped queries");
        }
        NamedQueryRunner.Served served = runner.run(query, values, AnswerFormat.JSON);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, NetworkAnswer.MEDIA_TYPE + ";charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(CACHE_HEADER, cacheHeader(served))
                .body(NetworkAnswer.fromSparqlJson(served.answer().body()));
    }

    private static String cacheHeader(NamedQueryRunner.Served served) {
        return served.hit() ? "hit" : "miss";
    }

    static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", q.name());
        out.put("title", q.title());
        out.put("titles", byLanguage(q.titles()));
        out.put("description", q.description());
        out.put("descriptions", byLanguage(q.descriptions()));
        out.put("parameters", q.parameters().stream().map(NamedQueryController::describe).toList());
        out.put("href", "/api/queries/" + q.name());
        out.put("formats", formats(q));
        out.put("sparql", q.sparql());
        return out;
    }

    /** The {@code ?format=} values this query answers in. */
    public static List<String> formats(NamedQuery q) {
        boolean table = q.form().answersRows();
        List<String> names = new java.util.ArrayList<>(java.util.Arrays.stream(AnswerFormat.values())
                .filter(f -> f.isTable() == table).map(AnswerFormat::shortName).toList());
        if (NetworkAnswer.fits(q.parse())) {
            names.add(NetworkAnswer.FORMAT);
        }
        return names;
    }

    /** The language-tagged texts; the untagged one is already the plain field. */
    private static Map<String, String> byLanguage(Map<String, String> texts) {
        Map<String, String> tagged = new java.util.TreeMap<>(texts);
        tagged.remove("");
        return tagged;
    }

    private static Map<String, Object> describe(QueryParameter p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("type", p.type().toString());
        out.put("required", p.required());
        p.defaultValue().ifPresent(d -> out.put("default", d));
        out.put("description", p.description());
        return out;
    }

    /** Thrown for a name the library does not have. */
    static final class UnknownQueryException extends RuntimeException {
        UnknownQueryException(String name) {
            super("no named query '" + name + "'; GET /api/queries lists them");
        }
    }

    @ExceptionHandler(UnknownQueryException.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownQueryException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ParameterBindingException.class, AnswerFormat.UnknownFormatException.class})
    ResponseEntity<Map<String, Object>> badValue(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<Map<String, Object>> timedOut(QueryCancelledException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the query ran out of time");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
