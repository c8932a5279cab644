package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The harness's client against a scripted server on loopback: every way an HTTP/1.1 answer can be delimited, kept-alive
 * connections reused, dropped ones replaced, and a deadline that holds.
 */
class HttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    @AutoClose
    private ScriptedServer server;

    @Test
    void readsAnAnswerByItsLengthAndDecodesItsBodyAsUtf8() throws IOException {
        server = new ScriptedServer(request -> fixed(200, "{\"q\":\"证照分离\"}", "X-Reformgraph-Cache: hit\r\n"));
        Http.Response response = Http.get(server.url("/api/queries/plans?x=%E8%AF%81"), "application/json", TIMEOUT);
        assertEquals(200, response.status());
        assertEquals("{\"q\":\"证照分离\"}", response.body());
        assertEquals("hit", response.header("x-reformgraph-cache"));
        assertEquals("hit", response.header("X-Reformgraph-Cache"));
        assertNull(response.header("X-SPARQL-MaxRows"));
        String sent = server.requests.get(0);
        assertTrue(sent.startsWith("GET /api/queries/plans?x=%E8%AF%81 HTTP/1.1\r\n"), sent);
        assertTrue(sent.contains("\r\nAccept: application/json\r\n"), sent);
        assertTrue(sent.contains("\r\nHost: 127.0.0.1:" + server.port() + "\r\n"), sent);
    }

    @Test
    void joinsAChunkedAnswerAndReadsPastItsTrailers() throws IOException {
        server = new ScriptedServer(request -> ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("hello, world", Http.get(server.url("/a"), "*/*", TIMEOUT).body());
        assertEquals("hello, world", Http.get(server.url("/b"), "*/*", TIMEOUT).body());
        assertEquals(1, server.connections.get(), "the second request went over the same connection");
    }

    @Test
    void keepsOneConnectionOpenForRequestAfterRequest() throws IOException {
        server = new ScriptedServer(request -> fixed(200, "ok", ""));
        for (int i = 0; i < 50; i++) {
            assertEquals("ok", Http.get(server.url("/ping"), "*/*", TIMEOUT).body());
        }
        assertEquals(1, server.connections.get());
    }

    @Test
    void opensANewConnectionAfterTheServerAskedToClose() throws IOException {
        server = new ScriptedServer(request -> fixed(200, "last", "Connection: close\r\n"));
        assertEquals("last", Http.get(server.url("/1"), "*/*", TIMEOUT).body());
        assertEquals("last", Http.get(server.url("/2"), "*/*", TIMEOUT).body());
        assertEquals(2, server.connections.get());
    }

    @Test
    void readsAnUndelimitedAnswerToTheEndOfTheConnection() throws IOException {
        server = new ScriptedServer(request -> "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"
                .getBytes(StandardCharsets.ISO_8859_1), true);
        assertEquals("until the end", Http.get(server.url("/"), "*/*", TIMEOUT).body());
        assertEquals("until the end", Http.get(server.url("/"), "*/*", TIMEOUT).body());
        assertEquals(2, server.connections.get());
    }

    @Test
    void sendsTheRequestAgainWhenAKeptConnectionWasDroppedWhileIdle() throws IOException {
        AtomicInteger served = new AtomicInteger();
        server = new ScriptedServer(request -> served.incrementAndGet() == 1 ? fixed(200, "first", "") : fixed(200, "again", ""));
        assertEquals("first", Http.get(server.url("/"), "*/*", TIMEOUT).body());
        server.dropOpenConnections();
        assertEquals("again", Http.get(server.url("/"), "*/*", TIMEOUT).body());
        assertEquals(2, server.connections.get());
    }

    @Test
    void givesAnErrorStatusWithItsBody() throws IOException {
        server = new ScriptedServer(request -> fixed(404, "no named query 'x'", ""));
        Http.Response response = Http.get(server.url("/api/queries/x"), "*/*", TIMEOUT);
        assertEquals(404, response.status());
        assertEquals("no named query 'x'", response.body());
        assertFalse(Http.answers(server.url("/api/queries/x")));
    }

    @Test
    void skipsAnInterimAnswerAndReadsAnEmptyOne() throws IOException {
        server = new ScriptedServer(request -> "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Http.Response response = Http.get(server.url("/"), "*/*", TIMEOUT);
        assertEquals(204, response.status());
        assertArrayEquals(new byte[0], response.bytes());
        assertEquals(204, Http.get(server.url("/"), "*/*", TIMEOUT).status());
        assertEquals(1, server.connections.get());
    }

    @Test
    void timesOutWhenTheAnswerDoesNotCompleteAndWorksAgainAfterwards() throws IOException {
        AtomicInteger served = new AtomicInteger();
        // The first answer promises 100 bytes and sends 3: a server stuck in the middle of its answer.
        server = new ScriptedServer(request -> served.incrementAndGet() == 1
                ? "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc".getBytes(StandardCharsets.ISO_8859_1)
                : fixed(200, "ok", ""));
        long start = System.nanoTime();
        Http.TimeoutException timeout = assertThrows(Http.TimeoutException.class,
                () -> Http.get(server.url("/slow"), "*/*", Duration.ofMillis(300)));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "the deadline held");
        assertTrue(timeout.getMessage().contains("GET " + server.url("/slow")), timeout.getMessage());
        assertEquals("ok", Http.get(server.url("/fast"), "*/*", TIMEOUT).body());
        assertEquals(2, server.connections.get(), "the timed-out connection was not used again");
    }

    @Test
    void anAnswerCutShortIsAnErrorNotAShortBody() throws IOException {
        server = new ScriptedServer(request -> "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc"
                .getBytes(StandardCharsets.ISO_8859_1), true);
        IOException e = assertThrows(IOException.class, () -> Http.get(server.url("/"), "*/*", TIMEOUT));
        assertTrue(e.getMessage().contains("97 bytes short"), e.getMessage());
    }

    @Test
    void nothingListeningIsAnErrorAndDoesNotAnswer() throws IOException {
        server = new ScriptedServer(request -> fixed(200, "up", ""));
        String url = server.url("/actuator/health");
        server.close();
        assertThrows(IOException.class, () -> Http.get(url, "*/*", TIMEOUT));
        assertFalse(Http.answers(url));
    }

    private static byte[] fixed(int status, String body, String headers) {
        return ScriptedServer.answer(status, body, headers);
    }
}
