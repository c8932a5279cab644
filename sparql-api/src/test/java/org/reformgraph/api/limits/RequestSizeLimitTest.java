package org.reformgraph.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.write.WriteServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bodies over the limit get 413 and say so, whether or not they declare their length (8 KB / 64 KB here). */
@WriteServerTest
class RequestSizeLimitTest {
    static final String BEARER = "Bearer " + WriteServerTest.TOKEN;

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A valid query of about {@code bytes} bytes: a long comment does not change what it asks. */
    static String queryOfSize(int bytes) {
        String head = "ASK { ?s ?p ?o }\n#";
        return head + "x".repeat(Math.max(0, bytes - head.length()));
    }

    HttpResponse<String> streamed(String path, String contentType, byte[] body, String... headers) {
        // A body publisher of unknown length: the client sends it in chunks, with no Content-Length.
        return http.exchange(http.to(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    @Test
    void aQueryUnderTheLimitIsAnswered() {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query", queryOfSize(7000),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> chunked = streamed("/sparql", "application/sparql-query",
                queryOfSize(7000).getBytes(StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertEquals(200, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("\"boolean\""), chunked.body());
    }

    @Test
    void aQueryOverTheLimitIs413WithTheLimit() {
        HttpResponse<String> r = http.post("/sparql", "application/sparql-query", queryOfSize(9000));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("larger than the 8192 bytes allowed for /sparql"), r.body());
        assertTrue(r.body().contains("reformgraph.limits.query-size"), r.body());
    }

    @Test
    void aChunkedQueryOverTheLimitIs413() {
        HttpResponse<String> r = streamed("/sparql", "application/sparql-query",
                queryOfSize(20000).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void aFormOverTheLimitIs413() {
        HttpResponse<String> r = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + enc(queryOfSize(9000)));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void anUpdateOverTheLimitIs413() {
        HttpResponse<String> r = http.post("/update", "application/sparql-update",
                "INSERT DATA { <urn:a> <urn:b> \"" + "x".repeat(9000) + "\" }", "Authorization", BEARER);
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void planUploadsHaveTheirOwnLargerLimit() {
        byte[] big = "一、总则\n".repeat(7000).getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length > 64 * 1024);
        HttpResponse<String> declared = http.exchange(http.to("/api/plans?id=big&jurisdiction=" + enc("武汉市"),
                "Authorization", BEARER).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(413, declared.statusCode(), declared.body());
        assertTrue(declared.body().contains("65536 bytes allowed for /api/plans"), declared.body());
        assertTrue(declared.body().contains("reformgraph.limits.upload-size"), declared.body());

        HttpResponse<String> chunked = streamed("/api/plans?id=big&jurisdiction=" + enc("武汉市"), "text/plain", big,
                "Authorization", BEARER);
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("65536 bytes allowed"), chunked.body());
    }
}
