package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Timing several servers' answers in turn, against a scripted loopback server whose paths stand for the servers. */
class RequestTimerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final List<String> log = new CopyOnWriteArrayList<>();
    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sendsOneRequestToEachTargetPerRoundWarmUpIncluded() throws IOException {
        server = new ScriptedServer(this::okAndLog);
        RequestTimer timer = new RequestTimer(1, 3, Duration.ofSeconds(30), TIMEOUT);
        RequestTimer.InTurn result = timer.timeInTurn(List.of(target("a"), target("b"), target("c")));
        assertEquals(List.of("/a", "/b", "/c", "/a", "/b", "/c", "/a", "/b", "/c", "/a", "/b", "/c"), log);
        assertEquals(List.of("a", "b", "c"), List.copyOf(result.timings().keySet()));
        result.timings().values().forEach(latencies -> assertEquals(3, latencies.n()));
        assertTrue(result.failures().isEmpty());
    }

    @Test
    void aTargetThatFailsIsLeftWithItsErrorAndTheOthersAreTimedInFull() throws IOException {
        server = new ScriptedServer(head -> ScriptedServer.target(head).equals("/broken")
                ? ScriptedServer.answer(500, "boom", "") : okAndLog(head));
        AtomicInteger restarts = new AtomicInteger();
        RequestTimer timer = new RequestTimer(0, 4, Duration.ofSeconds(30), TIMEOUT);
        RequestTimer.InTurn result = timer.timeInTurn(List.of(target("a"),
                new RequestTimer.Target("broken", server.url("/broken"), "*/*", restarts::incrementAndGet), target("b")));
        assertEquals(List.of("a", "b"), List.copyOf(result.timings().keySet()));
        assertEquals(4, result.timings().get("a").n());
        assertEquals(4, result.timings().get("b").n());
        assertTrue(result.failures().get("broken").getMessage().contains("answered 500: boom"),
                result.failures().get("broken").getMessage());
        assertEquals(0, restarts.get(), "an error status is not a timeout: the peer is not restarted");
    }

    @Test
    void aTargetThatGivesNoAnswerInTimeIsRestartedBeforeTheNextRequest() throws IOException {
        server = new ScriptedServer(head -> {
            if (ScriptedServer.target(head).equals("/stuck")) {
                log.add("/stuck");
                return "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return okAndLog(head);
        });
        RequestTimer timer = new RequestTimer(0, 2, Duration.ofSeconds(30), Duration.ofMillis(300));
        RequestTimer.InTurn result = timer.timeInTurn(List.of(target("a"),
                new RequestTimer.Target("stuck", server.url("/stuck"), "*/*", () -> log.add("restart")), target("b")));
        assertEquals(List.of("/a", "/stuck", "restart", "/b", "/a", "/b"), log);
        assertTrue(result.failures().get("stuck").getCause() instanceof Http.TimeoutException);
        assertEquals(List.of("a", "b"), List.copyOf(result.timings().keySet()));
    }

    @Test
    void aSlowTargetStopsAtItsBudgetWhileAFastOneGetsEveryRun() throws IOException {
        server = new ScriptedServer(head -> {
            if (ScriptedServer.target(head).equals("/slow")) {
                sleep(30);
            }
            return ScriptedServer.answer(200, "ok", "");
        });
        RequestTimer timer = new RequestTimer(0, 10, Duration.ofMillis(1), TIMEOUT);
        RequestTimer.InTurn result = timer.timeInTurn(List.of(target("slow"), target("fast")));
        assertEquals(RequestTimer.MIN_RUNS, result.timings().get("slow").n());
        assertTrue(result.timings().get("fast").n() >= RequestTimer.MIN_RUNS);
    }

    @Test
    void timingOneUrlThrowsItsFailure() throws IOException {
        server = new ScriptedServer(head -> ScriptedServer.answer(404, "no such query", ""));
        RequestTimer timer = new RequestTimer(0, 3, Duration.ofSeconds(30), TIMEOUT);
        RuntimeException e = assertThrows(RuntimeException.class, () -> timer.time(server.url("/x"), "*/*"));
        assertTrue(e.getMessage().contains("answered 404: no such query"), e.getMessage());
    }

    private RequestTimer.Target target(String name) {
        return new RequestTimer.Target(name, server.url("/" + name), "*/*");
    }

    private byte[] okAndLog(String head) {
        log.add(ScriptedServer.target(head));
        return ScriptedServer.answer(200, "ok", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
