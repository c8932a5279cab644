package org.reformgraph.loader.pipeline;

import java.nio.file.Path;
import org.reformgraph.loader.LoadException;

/**
 * The largest plan file the loader reads. Plans are tens of kilobytes (the seeds are 28–42 kB); a file thousands of
 * times bigger is a wrong file, and the whole text, its outline and its graph are held in memory while it is loaded,
 * so it is refused before it is read rather than left to exhaust the heap part-way.
 */
public final class PlanSizeLimit {
    /** Overridable with the system property {@code reformgraph.max-plan-bytes}. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private PlanSizeLimit() {
    }

    public static long maxBytes() {
        return Long.getLong("reformgraph.max-plan-bytes", DEFAULT_MAX_BYTES);
    }

    static void check(Path file, long size) {
        long max = maxBytes();
        if (size > max) {
            throw new LoadException(file.toString(), 0, String.format(
                    "the file is %.1f MB; plans over %.1f MB are refused (a plan is typically under 100 kB): is it the right file?",
                    size / 1048576.0, max / 1048576.0));
        }
    }
}
