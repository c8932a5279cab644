package org.reformgraph.loader.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.reformgraph.loader.LoadException;

/** The plans of a folder load that failed, as one error that still names each file (and line) and why. */
final class FolderFailures {
    private FolderFailures() {
    }

    static LoadException combined(Path folder, List<LoadException> failures, int loaded) {
        if (failures.size() == 1 && loaded == 0) {
            return failures.get(0);
        }
        String each = failures.stream().map(LoadException::getMessage).collect(Collectors.joining("\n  "));
        return new LoadException(folder.toString(), 0, failures.size() + (failures.size() == 1 ? " plan" : " plans")
                + " failed (" + loaded + " loaded):\n  " + each, failures.get(0));
    }
}
