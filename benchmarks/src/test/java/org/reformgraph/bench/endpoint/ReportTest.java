package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static RunRecord run(int serverWarmUp) {
        return new RunRecord(new Machine(Instant.parse("2026-11-22T20:00:00Z"), 2, "0.5 0.4 0.3", "OpenJDK 17"),
                "the existing database db", new ExportedGraphs(Set.of("g1", "g2"), 1234), Map.of(),
                Map.of("reformgraph", "reformgraph.jar"), List.of("-Xmx4g"), serverWarmUp, 5, 20, List.of(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theReportSaysHowManyRequestsWarmedTheServersBeforeTiming() {
        String markdown = Report.markdown(run(20_000));
        assertTrue(markdown.contains("every server gets 20000 cheap requests per endpoint"), markdown);
        assertTrue(markdown.contains("Each timing: 5 warm-up requests, then up to 20 timed GETs"), markdown);
        assertTrue(markdown.contains("over an HTTP/1.1 connection kept open to that server"), markdown);
    }

    @Test
    void withoutAServerWarmUpTheReportDoesNotClaimOne() {
        assertFalse(Report.markdown(run(0)).contains("cheap requests per endpoint"));
    }
}
