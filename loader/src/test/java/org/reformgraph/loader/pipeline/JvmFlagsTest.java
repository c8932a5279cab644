package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void heapCollectorAndJitOptionsAreKeptInTheirOrder() {
        List<String> arguments = List.of("-XX:SharedArchiveFile=/app/reformgraph.jsa", "-Xlog:cds=off",
                "-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-Dreformgraph.home=/repo", "-XX:TieredStopAtLevel=1", "-Xss2m");
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Xss2m"),
                JvmFlags.speedOptions(arguments));
    }

    @Test
    void classDataSharingLoggingAndRecordingAreNotSpeedOptions() {
        assertEquals(List.of(), JvmFlags.speedOptions(List.of("-XX:SharedArchiveFile=a.jsa",
                "-XX:ArchiveClassesAtExit=b.jsa", "-Xshare:auto", "-Xlog:gc", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+PrintCompilation", "-XX:StartFlightRecording=filename=x.jfr", "-agentlib:jdwp=transport=dt_socket")));
    }

    @Test
    void theProfileLineSaysWhenTheJvmRanOnItsDefaults() {
        assertEquals("  jvm: -Xmx1g -XX:+UseParallelGC", JvmFlags.profileLine(List.of("-Xmx1g", "-XX:+UseParallelGC")));
        assertTrue(JvmFlags.profileLine(List.of()).contains("defaults"));
    }
}
