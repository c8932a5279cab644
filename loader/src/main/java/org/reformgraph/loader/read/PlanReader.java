package org.reformgraph.loader.read;

import java.nio.file.Path;

/** Stage 1, read: a plan file's bytes to text. */
public final class PlanReader {
    /** Reads and decodes a file; throws {@link org.reformgraph.loader.LoadException} for empty, binary or undecodable input. */
    public SourceText read(Path file) {
        throw new UnsupportedOperationException("to be implemented by the read stage");
    }

    /** Decodes bytes that came from somewhere other than a file (an HTTP upload); {@code fileName} is for messages. */
    public SourceText read(String fileName, byte[] bytes) {
        throw new UnsupportedOperationException("to be implemented by the read stage");
    }
}
