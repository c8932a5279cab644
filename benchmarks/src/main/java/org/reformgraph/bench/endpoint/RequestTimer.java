package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times GET requests the way a client sees them: from sending the request to having read the whole answer. Warm-up
 * requests run first and are not counted; then {@code runs} timed ones per target, or fewer when a slow query would
 * spend more than the time budget on that target (never fewer than {@link #MIN_RUNS}), so a run of the whole benchmark
 * stays bounded.
 */
public record RequestTimer(int warmup, int runs, Duration budget, Duration timeout) {
    static final int MIN_RUNS = 3;

    /**
     * One URL to time.
     *
     * @param afterTimeout run as soon as this target gave no answer in time, before any other request is sent (a peer
     *                     that keeps computing an abandoned query is restarted, so it does not slow the others down)
     */
    public record Target(String name, String url, String accept, Runnable afterTimeout) {
        public Target(String name, String url, String accept) {
            this(name, url, accept, () -> { });
        }
    }

    /** The timings of the targets that answered every request, and why each other target was left. */
    public record InTurn(Map<String, Latencies> timings, Map<String, RuntimeException> failures) {
    }

    /** Times one URL; a failed request (an error status, no answer in time) is thrown. */
    public Latencies time(String url, String accept) {
        InTurn result = timeInTurn(List.of(new Target(url, url, accept)));
        if (!result.failures().isEmpty()) {
            throw result.failures().values().iterator().next();
        }
        return result.timings().get(url);
    }

    /**
     * Times several URLs in turn — one request to each, then the next round — so that a slower spell of a shared
     * machine falls on every target alike instead of on whichever was being timed. Each target keeps its own count and
     * budget, as if timed alone; one that fails a request is left out of the rounds that follow, with its error kept.
     */
    public InTurn timeInTurn(List<Target> targets) {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        Map<String, Long> spentNanos = new LinkedHashMap<>();
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        for (Target target : targets) {
            millis.put(target.name(), new ArrayList<>());
            spentNanos.put(target.name(), 0L);
        }
        List<Target> active = new ArrayList<>(targets);
        for (int i = 0; i < warmup; i++) {
            for (Iterator<Target> it = active.iterator(); it.hasNext(); ) {
                Target target = it.next();
                if (!Double.isFinite(request(target, failures))) {
                    it.remove();
                }
            }
        }
        while (!active.isEmpty()) {
            for (Iterator<Target> it = active.iterator(); it.hasNext(); ) {
                Target target = it.next();
                long start = System.nanoTime();
                double ms = request(target, failures);
                if (!Double.isFinite(ms)) {
                    it.remove();
                    continue;
                }
                List<Double> own = millis.get(target.name());
                own.add(ms);
                long spent = spentNanos.merge(target.name(), System.nanoTime() - start, Long::sum);
                if (own.size() >= runs || (own.size() >= MIN_RUNS && spent > budget.toNanos())) {
                    it.remove();
                }
            }
        }
        Map<String, Latencies> timings = new LinkedHashMap<>();
        millis.forEach((name, values) -> {
            if (!failures.containsKey(name) && !values.isEmpty()) {
                timings.put(name, Latencies.of(values));
            }
        });
        return new InTurn(timings, failures);
    }

    /** One request's time in milliseconds, or NaN when it failed (the failure kept, the target's timeout action run). */
    private double request(Target target, Map<String, RuntimeException> failures) {
        try {
            return once(target.url(), target.accept());
        } catch (RuntimeException e) {
            failures.put(target.name(), e);
            if (e.getCause() instanceof Http.TimeoutException) {
                target.afterTimeout().run();
            }
            return Double.NaN;
        }
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
