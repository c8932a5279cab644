package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.limits.SecurityHeadersFilter;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A malformed request on each route gets a 4xx that says what is wrong, never a stack trace, an exception class or a
 * 5xx; and every answer carries the security headers, HTML ones a content security policy that forbids framing.
 */
@ServerTest
class ErrorResponsesTest {
    /** What a leaked stack trace or exception looks like. */
    static final List<String> LEAKS = List.of("\tat ", "at org.", "at java.", "Exception:", "Exception\"", "\"trace\"",
            "org.springframework", "org.apache.jena.", "java.lang.", "\"exception\"");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /sparql?query=SELECT%20*%20WHERE%20%7B                          | text/plain",
            "GET  | /sparql?query=%FF%FE                                            | text/plain",
            "POST | /sparql                                                         | application/sparql-query",
            "POST | /sparql                                                         | application/x-www-form-urlencoded",
            "POST | /sparql                                                         | application/json",
            "GET  | /sparql?query=SELECT%20*%20%7B%7D&format=nonsense               | text/plain",
            "GET  | /sparql?format=n-triples&format=CONSTRUCT&text                  | application/sparql-query",
            "GET  | /sparql?format=n-triples                                        | application/sparql-query",
            "HEAD | /actuator/health/x                                              | text/*",
            "GET  | /graph?graph=not%20an%20iri                                     | text/plain",
            "GET  | /graph?graph=a&graph=b                                          | text/plain",
            "GET  | /api/queries/plans?format=pdf                                    | text/plain",
            "GET  | /api/queries/measures-by-agency?agency=%3E%3C                   | text/plain",
            "GET  | /api/queries/measures-by-agency                                  | text/plain",
            "GET  | /api/queries/%2e%2e%2fetc                                        | text/plain",
            "GET  | /api/queries/plans?limit=x&limit=y                              | text/plain",
            "POST | /api/queries/plans                                               | application/json",
            "GET  | /id/plan/%00                                                     | text/plain",
            "GET  | /id/plan/no-such-plan.xyz                                        | text/plain",
            "GET  | /dataset.nonsense                                                | text/plain",
            "GET  | /dumps/..%2F..%2Fetc%2Fpasswd                                    | text/plain",
            "POST | /api/plans                                                       | multipart/form-data; boundary=x",
            "GET  | /actuator/nothing                                                | text/plain",
            "GET  | /no/such/path                                                    | text/html",
    })
    void aMalformedRequestGetsA4xxWithoutInternals(String method, String path, String contentType) {
        HttpResponse<String> r = http.method(method, path, contentType, method.equals("POST") ? "{\"broken\": " : "",
                "Accept", contentType.equals("text/html") ? "text/html" : "*/*");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " → " + r.statusCode() + " " + r.body());
        for (String leak : LEAKS) {
            assertFalse(r.body().contains(leak), method + " " + path + " leaks '" + leak + "': " + r.body());
        }
        if (!refusedByTomcat(path)) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    /** Tomcat refuses encoded slashes and NULs in a path itself, before any filter runs: a bare 400, no headers. */
    private static boolean refusedByTomcat(String path) {
        return path.contains("%2F") || path.contains("%2f") || path.contains("%00");
    }

    @Test
    void anEmptyQueryBodyIs400() {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query", "");
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void theErrorPathAskedForDirectlyIs404() {
        assertEquals(404, http.get("/error").statusCode());
        assertEquals(404, http.method("DELETE", "/error", "text/plain", "").statusCode());
    }

    @Test
    void anUndecodableFormOnAPutIs4xx() {
        HttpResponse<String> r = http.method("PUT", "/dataset", "application/x-www-form-urlencoded", "%E0%A4%A=%%");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    @Test
    void anHtmlErrorPageForbidsFramingAndScripts() {
        HttpResponse<String> r = http.get("/no/such/page", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"), Http.contentType(r));
        assertEquals(SecurityHeadersFilter.HTML_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(SecurityHeadersFilter.HTML_POLICY.contains("frame-ancestors 'none'"));
    }

    @Test
    void aPageWithItsOwnPolicyKeepsItAloneNotTwo() {
        HttpResponse<String> r = http.get("/dataset", "Accept", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), r.headers().map().toString());
        assertEquals(1, r.headers().allValues("X-Content-Type-Options").size());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void dataAnswersAreNotSniffedAndCarryNoHtmlPolicy() {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc("ASK {}"), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").isEmpty());
    }
}
