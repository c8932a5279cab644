package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BenchmarksDocTest {
    @Test
    void replacesOnlyItsOwnSection() {
        String document = """
                # Benchmarks

                ## Load
                <!-- bench:load:start -->
                load figures
                <!-- bench:load:end -->

                ## Endpoint
                <!-- bench:endpoint:start -->
                old figures
                <!-- bench:endpoint:end -->
                after
                """;
        String updated = BenchmarksDoc.replaceSection(document, "endpoint", "Endpoint", "new figures\n");
        assertEquals(document.replace("old figures", "new figures"), updated);
    }

    @Test
    void appendsASectionWithItsHeadingWhenThereIsNone() {
        String updated = BenchmarksDoc.replaceSection("# Benchmarks\n\nintro\n", "endpoint", "Endpoint", "figures");
        assertEquals("# Benchmarks\n\nintro\n\n## Endpoint\n\n<!-- bench:endpoint:start -->\nfigures\n<!-- bench:endpoint:end -->\n", updated);
    }

    @Test
    void aLoneMarkerIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> BenchmarksDoc.replaceSection("<!-- bench:endpoint:start -->\n", "endpoint", "Endpoint", "x"));
    }
}
