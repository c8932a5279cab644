package org.reformgraph.bench.load;

import java.time.Duration;
import java.util.List;

/**
 * One scale of the load benchmark: our load against tdb2.tdbloader loading our export.
 *
 * @param plans        plans in the corpus
 * @param corpusBytes  the plan texts' size on disk
 * @param ours         wall time of {@code reformgraph load}, JVM start included
 * @param peer         wall time of {@code tdb2.tdbloader} on the exported N-Quads, JVM start included
 * @param peerOurOptions the same, the peer's JVM given the JIT and GC options our load ran with; null when it ran on
 *                     the JVM's defaults
 * @param quads        quads exported (and loaded by the peer)
 * @param peakHeapMb   our load's peak heap, as its profile reports it
 * @param oursDbBytes  our dataset's size on disk after the load
 * @param peerDbBytes  the peer's dataset's size on disk
 * @param profile      our load's {@code --profile} lines
 */
record ScaleResult(int plans, long corpusBytes, Duration ours, Duration peer, Duration peerOurOptions, long quads,
                   long peakHeapMb, long oursDbBytes, long peerDbBytes, List<String> profile) {

    double ratio() {
        return seconds(ours) / seconds(peer);
    }

    /** Our load against the peer under the same JIT and GC options; NaN when there was no such run. */
    double ratioOurOptions() {
        return peerOurOptions == null ? Double.NaN : seconds(ours) / seconds(peerOurOptions);
    }

    double plansPerSecond() {
        return plans / seconds(ours);
    }

    double quadsPerSecond() {
        return quads / seconds(ours);
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
