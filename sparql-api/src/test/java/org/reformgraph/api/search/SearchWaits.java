package org.reformgraph.api.search;

import java.util.function.Predicate;
import org.reformgraph.api.Http;

/** The index is built in the background after start and after writes: tests wait for it, a little. */
final class SearchWaits {
    private SearchWaits() {
    }

    static void untilReady(Http http) throws InterruptedException {
        until(http, "/api/search?q=x", body -> true);
    }

    /** Polls {@code pathAndQuery} until it answers 200 with a body {@code accepted} accepts; fails after 30 s. */
    static String until(Http http, String pathAndQuery, Predicate<String> accepted) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String last = null;
        while (System.nanoTime() < deadline) {
            var response = http.get(pathAndQuery);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && accepted.test(response.body())) {
                return response.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not answered as expected within 30 s: " + pathAndQuery + " → " + last);
    }
}
