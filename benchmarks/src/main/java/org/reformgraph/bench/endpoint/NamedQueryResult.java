package org.reformgraph.bench.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named query's outcome: its row count (as reformgraph answers it), the timings of the peers whose answer agreed
 * with reformgraph's (by peer name), and why the others were not timed.
 *
 * @param parameters  the values given for the query's required parameters (the others at their defaults)
 * @param cacheHeader what {@code X-Reformgraph-Cache} said after the timed runs, or a note that there was none
 */
public record NamedQueryResult(String name, Map<String, String> parameters, int rows, Optional<Latencies> cached, String cacheHeader,
                               Map<String, Latencies> timings, List<String> problems) {
    public NamedQueryResult {
        parameters = Map.copyOf(parameters);
        timings = Map.copyOf(timings);
        problems = List.copyOf(problems);
    }

    /** The query's name, with the values it was run with when it needs some. */
    public String label() {
        if (parameters.isEmpty()) {
            return name;
        }
        StringBuilder label = new StringBuilder(name).append(" (");
        parameters.forEach((key, value) -> label.append(label.charAt(label.length() - 1) == '(' ? "" : ", ")
                .append(key).append('=').append(value.substring(value.lastIndexOf('/') + 1)));
        return label.append(')').toString();
    }

    public Optional<Latencies> timing(String peer) {
        return Optional.ofNullable(timings.get(peer));
    }
}
