package org.reformgraph.loader.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage took for one plan, in the order the stages ran. One clock per plan, used by one thread at a
 * time: the plan's extraction on a worker, then its store on the writer.
 */
final class StageClock {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    Map<String, Duration> durations() {
        Map<String, Duration> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, Duration.ofNanos(n)));
        return Collections.unmodifiableMap(out);
    }
}
