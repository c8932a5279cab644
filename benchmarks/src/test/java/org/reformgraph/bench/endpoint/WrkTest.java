package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrkTest {
    private static final String OUTPUT = """
            Running 20s test @ http://127.0.0.1:40123/api/queries/lead-agency-types
              4 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    20.51ms   10.02ms 301.12ms   90.00%
                Req/Sec   780.12    100.33     1.01k    70.00%
              Latency Distribution
                 50%   18.20ms
                 75%   22.00ms
                 90%   30.00ms
                 99%    1.20s
              62000 requests in 20.01s, 100.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 5
            Requests/sec:   3098.45
            Transfer/sec:      5.00MB
            """;

    @Test
    void readsThroughputPercentilesAndErrors() {
        Wrk.Result result = Wrk.parse("named", 64, OUTPUT);
        assertEquals(3098.45, result.requestsPerSecond());
        assertEquals(18.20, result.p50Millis(), 1e-9);
        assertEquals(1200.0, result.p99Millis(), 1e-9);
        assertEquals(62000, result.requests());
        assertEquals(10, result.errors());
    }

    @Test
    void microsecondsAreConverted() {
        Wrk.Result result = Wrk.parse("t", 16, "    50%  812.00us\n    99%    2.10ms\n  10 requests in 1.00s\nRequests/sec:  10.00\n");
        assertEquals(0.812, result.p50Millis(), 1e-9);
        assertEquals(0, result.errors());
    }
}
