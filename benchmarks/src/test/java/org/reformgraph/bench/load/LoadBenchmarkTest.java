package org.reformgraph.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBenchmarkTest {
    private static final List<String> PROFILE = List.of(
            "profile: 100 plans in 13.1 s (7.63 plans/s), 2 extraction threads, 1 write transaction, peak heap 525 MB (…)",
            "  stage        total s   ms/plan  share",
            "  store         10.09     100.9  40.2%",
            "  jvm: -XX:+UseParallelGC -XX:FreqInlineSize=50 -Xmx1g -XX:InlineSmallCode=500");

    @Test
    void thePeerIsGivenTheJitAndGcOptionsOfOurLoadButNotItsHeap() {
        // the heap is the benchmark's own -Xmx, the same for every run
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500"),
                LoadBenchmark.jitAndGcOptions(PROFILE));
        assertEquals(List.of(), LoadBenchmark.jitAndGcOptions(List.of("  jvm: -Xmx1g")));
    }

    @Test
    void aProfileWithoutItsJvmLineIsAnErrorNotAPeerOnItsDefaults() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> LoadBenchmark.jitAndGcOptions(PROFILE.subList(0, 3)));
        assertTrue(error.getMessage().contains("no 'jvm:' line"), error.getMessage());
    }

    @Test
    void theReportGivesBothRatiosOrSaysThePeerRanOnceOnTheDefaults() {
        ScaleResult tuned = new ScaleResult(100, 3_000_000, Duration.ofMillis(13_000), Duration.ofMillis(9_500),
                Duration.ofMillis(7_800), 557_361, 525, 350 << 20, 360 << 20, PROFILE);
        ScaleResult plain = new ScaleResult(10, 300_000, Duration.ofMillis(4_000), Duration.ofMillis(3_300), null,
                59_761, 305, 194 << 20, 194 << 20, List.of("  jvm: -Xmx1g"));
        String section = LoadReportWriter.section(List.of(new ScaleRounds(List.of(tuned)), new ScaleRounds(List.of(plain))),
                List.of("-Xmx1g"), null, "`reformgraph load`", "1.0 1.0 1.0", "2.0 2.0 2.0", "2026-11-22 22:00 UTC",
                "Jena 5.6.0");
        assertTrue(section.contains("| 100 | 3.0 | 557361 | 13.0 | 9.5 | 1.37 | 1.37 | 7.8 | 1.67 | 7.69 |"), section);
        assertTrue(section.contains("| 10 | 0.3 | 59761 | 4.0 | 3.3 | 1.21 | 1.21 | (defaults: as left) | (as left) |"), section);
        assertTrue(section.contains("Each scale ran once"), section);
    }

    @Test
    void ofSeveralRoundsTheMedianRatioStandsForTheScaleAndEveryRoundIsShown() {
        ScaleRounds scale = new ScaleRounds(List.of(round(14_200, 10_600, 525), round(16_000, 11_000, 530),
                round(13_700, 10_200, 520)));
        // ratios 1.34, 1.45, 1.34: the median round is a 1.34 one, the heap the most of any round
        assertEquals(13_700, scale.median().ours().toMillis());
        assertEquals(530, scale.peakHeapMb());
        String section = LoadReportWriter.section(List.of(scale), List.of("-Xmx1g"), null, "`reformgraph load`",
                "1.0 1.0 1.0", "2.0 2.0 2.0", "2026-11-23 02:00 UTC", "Jena 5.6.0");
        assertTrue(section.contains("| 100 | 3.0 | 557361 | 13.7 | 10.2 | 1.34 | 1.34, 1.45, 1.34 | 7.8 |"), section);
        assertTrue(section.contains("| 530 |"), section);
        assertTrue(section.contains("Each scale ran 3 rounds"), section);

        ScaleRounds even = new ScaleRounds(List.of(round(15_000, 10_000, 500), round(12_000, 10_000, 500)));
        assertEquals(12_000, even.median().ours().toMillis(), "the lower middle of two");
        assertThrows(IllegalArgumentException.class, () -> new ScaleRounds(List.of()));
    }

    private static ScaleResult round(long oursMs, long peerMs, long heapMb) {
        return new ScaleResult(100, 3_000_000, Duration.ofMillis(oursMs), Duration.ofMillis(peerMs),
                Duration.ofMillis(7_800), 557_361, heapMb, 350 << 20, 360 << 20, PROFILE);
    }
}
