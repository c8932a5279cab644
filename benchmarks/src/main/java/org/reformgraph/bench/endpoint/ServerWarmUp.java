package org.reformgraph.bench.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cheap requests sent to every server before anything is timed. A JVM server (reformgraph, Fuseki) compiles its
 * request path only after thousands of requests: measured on the seeds, a held named answer's p99 stayed at about
 * 3 ms for the first 15,000 requests and fell to 0.33 ms after them. Timing with only a few warm-up requests per query
 * would measure the compiler, not the server; Virtuoso, native code, gets the same requests so no peer is favoured.
 *
 * @param requests requests per target
 * @param timer    what sends each request and checks its answer
 */
public record ServerWarmUp(int requests, RequestTimer timer) {
    /**
     * Sends {@code requests} GETs to each target in turn, checked as timed requests are ({@link RequestTimer#once});
     * a target that fails is reported and left, never fatal.
     */
    public List<String> run(Map<String, String> urlsByTarget, Consumer<String> say) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> target : urlsByTarget.entrySet()) {
            say.accept("warming " + target.getKey() + " with " + requests + " requests");
            try {
                for (int i = 0; i < requests; i++) {
                    timer.once(target.getValue(), SparqlPeer.JSON);
                }
            } catch (RuntimeException e) {
                failures.add(target.getKey() + " failed while warming: " + e.getMessage());
            }
        }
        return failures;
    }
}
