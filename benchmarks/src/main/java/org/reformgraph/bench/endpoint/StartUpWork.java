package org.reformgraph.bench.endpoint;

/**
 * Whether a server that is ready has also finished the work it starts in the background: the first warm-up of the
 * named-query answers and the text index's first pass. Timings taken before then measure a server that shares its
 * cores with that work, and cached answers that may not be held yet.
 */
final class StartUpWork {
    static final String WARM_UPS = "reformgraph_named_warm_seconds_count";
    static final String INDEX_PASSES = "reformgraph_search_index_passes";

    private StartUpWork() {
    }

    /** True when the server's Prometheus page shows at least one warm-up and one index pass. */
    static boolean done(String prometheus) {
        return value(prometheus, WARM_UPS) >= 1 && value(prometheus, INDEX_PASSES) >= 1;
    }

    /** The value of a metric without tags, or -1 when the page does not have it. */
    static double value(String prometheus, String name) {
        return prometheus.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
