package org.reformgraph.loader.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A folder's catalog: the plans it describes, each with the name of its text file in {@code folder}.
 *
 * @param file the catalog file, for messages
 */
public record Catalog(Path file, List<PlanMetadata> plans) {
    public Catalog {
        plans = List.copyOf(plans);
    }

    /** The folder the plans' text files are in. */
    public Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".");
    }

    public Optional<PlanMetadata> forFile(String fileName) {
        return plans.stream().filter(plan -> plan.sourceFile().equals(fileName)).findFirst();
    }

    public Optional<PlanMetadata> byId(String id) {
        return plans.stream().filter(plan -> plan.id().equals(id)).findFirst();
    }

    public Path sourcePath(PlanMetadata plan) {
        return folder().resolve(plan.sourceFile());
    }
}
