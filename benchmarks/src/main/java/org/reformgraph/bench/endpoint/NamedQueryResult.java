package org.reformgraph.bench.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named query's outcome: its row count (as reformgraph answers it), the timings of the peers whose answer agreed
 * with reformgraph's (by peer name), and why the others were not timed.
 *
 * @param cacheHeader what {@code X-Reformgraph-Cache} said after the timed runs, or a note that there was none
 */
public record NamedQueryResult(String name, int rows, Optional<Latencies> cached, String cacheHeader,
                               Map<String, Latencies> timings, List<String> problems) {
    public NamedQueryResult {
        timings = Map.copyOf(timings);
        problems = List.copyOf(problems);
    }

    public Optional<Latencies> timing(String peer) {
        return Optional.ofNullable(timings.get(peer));
    }
}
