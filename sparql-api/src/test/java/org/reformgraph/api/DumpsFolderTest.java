package org.reformgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpsFolderTest {
    @Test
    void theDumpsAreWrittenBesideTheDatabase() {
        assertEquals(Path.of("/srv/data/tdb2-dumps"), ReformgraphApplication.dumpsFolder(Path.of("/srv/data/tdb2")));
        assertEquals(Path.of("").toAbsolutePath().resolve("data/tdb2-dumps"),
                ReformgraphApplication.dumpsFolder(Path.of("./data/tdb2")));
    }
}
