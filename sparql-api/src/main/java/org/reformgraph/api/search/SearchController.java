package org.reformgraph.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.reformgraph.loader.search.Kind;
import org.reformgraph.loader.search.SearchHit;
import org.reformgraph.loader.search.SearchRequest;
import org.reformgraph.loader.search.SearchResults;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: ranked full-text search over measure text, titles and labels, with highlighted snippets.
 * The text is read in Chinese words (HanLP), traditional characters folded to simplified.
 */
@RestController
public class SearchController {
    public static final String PATH = "/api/search";

    private final ObjectProvider<SearchIndexKeeper> keeper;

    public SearchController(ObjectProvider<SearchIndexKeeper> keeper) {
        this.keeper = keeper;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> search(@RequestParam(name = "q", required = false) String q,
                                                      @RequestParam(name = "limit", required = false) String limit,
                                                      @RequestParam(name = "offset", required = false) String offset,
                                                      @RequestParam(name = "plan", required = false) String plan,
                                                      @RequestParam(name = "type", required = false) String type) {
        SearchIndexKeeper index = keeper.getIfAvailable();
        if (index == null) {
            return error(HttpStatus.NOT_IMPLEMENTED, "full-text search needs the embedded store: this server serves a remote "
                    + "store (serve --store); use the store's own text search, or serve a TDB2 folder with --db");
        }
        SearchRequest request;
        try {
            request = new SearchRequest(q, number("limit", limit, SearchRequest.DEFAULT_LIMIT), number("offset", offset, 0),
                    blankToNull(plan), blankToNull(type) == null ? null : Kind.parse(type));
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (index.building()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("status", 503, "error",
                            "the text index is being built; try again shortly"));
        }
        try {
            return ResponseEntity.ok(answer(index.index().searcher().search(request)));
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            return error(HttpStatus.BAD_REQUEST, "the search expands to too many words: " + e.getMessage());
        }
    }

    private static Map<String, Object> answer(SearchResults results) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", results.query());
        answer.put("total", results.total());
        answer.put("tookMs", results.tookMs());
        List<Map<String, Object>> hits = results.hits().stream().map(SearchController::hit).toList();
        answer.put("hits", hits);
        return answer;
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("iri", hit.iri());
        json.put("type", hit.type());
        if (hit.plan() != null) {
            json.put("plan", hit.plan());
        }
        json.put("label", hit.label());
        json.put("score", hit.score());
        json.put("snippet", hit.snippet());
        return json;
    }

    private static int number(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
