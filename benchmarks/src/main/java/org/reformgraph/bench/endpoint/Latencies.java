package org.reformgraph.bench.endpoint;

import java.util.Arrays;
import java.util.List;

/** Response times of repeated requests, in milliseconds: how many, and the nearest-rank percentiles. */
public record Latencies(int n, double p50, double p95, double p99) {
    public static Latencies of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no timings to summarise");
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
    }

    /** Nearest rank: the smallest value with at least that share of the timings at or below it. */
    private static double rank(double[] sorted, double share) {
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
