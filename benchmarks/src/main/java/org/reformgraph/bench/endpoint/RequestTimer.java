package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times GET requests the way a client sees them: from sending the request to having read the whole answer. Warm-up
 * requests run first and are not counted; then {@code runs} timed ones, or fewer when a slow query would spend more
 * than the time budget (never fewer than {@link #MIN_RUNS}), so a run of the whole benchmark stays bounded.
 */
public record RequestTimer(int warmup, int runs, Duration budget, Duration timeout) {
    static final int MIN_RUNS = 3;

    public Latencies time(String url, String accept) {
        for (int i = 0; i < warmup; i++) {
            once(url, accept);
        }
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < runs; i++) {
            millis.add(once(url, accept));
            if (millis.size() >= MIN_RUNS && System.nanoTime() > deadline) {
                break;
            }
        }
        return Latencies.of(millis);
    }

    /** One request's time in milliseconds; a non-200 answer is an error, never a timing. */
    double once(String url, String accept) {
        long start = System.nanoTime();
        try {
            Http.Response response = Http.get(url, accept, timeout);
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.status() != 200) {
                throw new SparqlPeer.PeerQueryException("GET " + shorten(url) + " answered " + response.status() + ": "
                        + SparqlPeer.firstLine(response.body()));
            }
            return millis;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("GET " + shorten(url) + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(String url) {
        return url.length() <= 120 ? url : url.substring(0, 120) + "…";
    }
}
