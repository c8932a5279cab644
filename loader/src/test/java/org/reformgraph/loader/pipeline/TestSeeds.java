package org.reformgraph.loader.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the seed plans are: the {@code reformgraph.seeds} property, else a {@code seeds/} folder above the working directory. */
public final class TestSeeds {
    private TestSeeds() {
    }

    public static Path folder() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("cannot find the seeds folder: set -Dreformgraph.seeds");
    }
}
