package org.reformgraph.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksDocTest {
    @Test
    void anEmptyDocumentGetsTheHeaderAndTheSection() {
        assertEquals(BenchmarksDoc.HEADER + "\n<!-- bench:load:start -->\nfigures\n<!-- bench:load:end -->\n",
                BenchmarksDoc.withSection("", "load", "figures\n"));
    }

    @Test
    void aRunReplacesOnlyItsOwnSection() {
        String document = "# Benchmarks\n\n<!-- bench:endpoint:start -->\ntheirs\n<!-- bench:endpoint:end -->\n\n"
                + "<!-- bench:load:start -->\nold\n<!-- bench:load:end -->\n\nafter\n";
        assertEquals("# Benchmarks\n\n<!-- bench:endpoint:start -->\ntheirs\n<!-- bench:endpoint:end -->\n\n"
                + "<!-- bench:load:start -->\nnew\n<!-- bench:load:end -->\n\nafter\n",
                BenchmarksDoc.withSection(document, "load", "new"));
    }

    @Test
    void aSectionOfAnotherBenchmarkIsAppendedAfterTheOthers() {
        String document = "# Benchmarks\n\n<!-- bench:endpoint:start -->\ntheirs\n<!-- bench:endpoint:end -->\n";
        assertEquals(document + "\n<!-- bench:load:start -->\nmine\n<!-- bench:load:end -->\n",
                BenchmarksDoc.withSection(document, "load", "mine"));
    }

    @Test
    void thePeakHeapIsReadFromTheProfileLine() {
        assertEquals(412, LoadBenchmark.peakHeap(List.of("profile: 10 plans in 9.1 s (1.10 plans/s), 2 extraction "
                + "threads, 1 write transaction, peak heap 412 MB", "  stage total s")));
        assertThrows(IllegalStateException.class, () -> LoadBenchmark.peakHeap(List.of("loaded 10 plans")));
    }
}
