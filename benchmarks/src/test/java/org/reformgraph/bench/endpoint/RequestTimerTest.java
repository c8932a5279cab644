package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Timing one URL's answers against a scripted loopback server. */
class RequestTimerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    @AutoClose
    private ScriptedServer server;

    @Test
    void sendsTheWarmUpRequestsUncountedThenTheTimedOnesOverOneConnection() throws IOException {
        AtomicInteger served = new AtomicInteger();
        server = new ScriptedServer(head -> {
            served.incrementAndGet();
            return ScriptedServer.answer(200, "ok", "");
        });
        Latencies latencies = new RequestTimer(2, 5, Duration.ofSeconds(30), TIMEOUT).time(server.url("/q"), "*/*");
        assertEquals(5, latencies.n());
        assertEquals(7, served.get());
        assertEquals(1, server.connections.get());
    }

    @Test
    void aSlowAnswerStopsAtTheBudgetButNeverBelowTheMinimumRuns() throws IOException {
        server = new ScriptedServer(head -> {
            sleep(20);
            return ScriptedServer.answer(200, "ok", "");
        });
        Latencies latencies = new RequestTimer(0, 10, Duration.ofMillis(1), TIMEOUT).time(server.url("/slow"), "*/*");
        assertEquals(RequestTimer.MIN_RUNS, latencies.n());
        assertTrue(latencies.p50() >= 20, "the time of the whole answer: " + latencies);
    }

    @Test
    void anErrorStatusIsThrownNeverTimed() throws IOException {
        server = new ScriptedServer(head -> ScriptedServer.answer(404, "no such query", ""));
        RequestTimer timer = new RequestTimer(0, 3, Duration.ofSeconds(30), TIMEOUT);
        RuntimeException e = assertThrows(RuntimeException.class, () -> timer.time(server.url("/x"), "*/*"));
        assertTrue(e.getMessage().contains("answered 404: no such query"), e.getMessage());
    }

    @Test
    void noAnswerInTimeIsThrownAsATimeout() throws IOException {
        server = new ScriptedServer(head -> "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        RequestTimer timer = new RequestTimer(0, 3, Duration.ofSeconds(30), Duration.ofMillis(200));
        RuntimeException e = assertThrows(RuntimeException.class, () -> timer.time(server.url("/stuck"), "*/*"));
        assertTrue(e.getCause() instanceof Http.TimeoutException, "what NamedQueryBench restarts a peer on: " + e);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
