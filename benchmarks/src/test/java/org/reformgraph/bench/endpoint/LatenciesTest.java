package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankPercentilesOfAHundredTimings() {
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            millis.add((double) i);
        }
        Collections.shuffle(millis);
        Latencies latencies = Latencies.of(millis);
        assertEquals(100, latencies.n());
        assertEquals(50.0, latencies.p50());
        assertEquals(95.0, latencies.p95());
        assertEquals(99.0, latencies.p99());
    }

    @Test
    void threeTimingsGiveTheMedianAndTheSlowest() {
        Latencies latencies = Latencies.of(List.of(30.0, 10.0, 20.0));
        assertEquals(20.0, latencies.p50());
        assertEquals(30.0, latencies.p95());
        assertEquals(30.0, latencies.p99());
    }

    @Test
    void noTimingsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(List.of()));
    }
}
