package org.reformgraph.loader.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Keeps a TDB2 dataset's disk size bounded. TDB2 never rewrites in place: every write transaction appends, so a dataset
 * whose plans are re-loaded grows with each load until it is compacted into a fresh generation. Compaction here
 * deletes the old generation, and records the compacted size in the dataset folder so that a later load can tell
 * whether the dataset has grown enough to compact again.
 *
 * <p>TDB2 compaction needs no other transaction open on the dataset; the loader compacts after its loads, when its own
 * transactions have ended. A server reading the same folder in another process is not possible anyway (TDB2 locks it).
 */
public final class StoreCompaction {
    /** Where the size after the last compaction (or the first measurement) is kept; TDB2 ignores other files. */
    static final String RECORD = "reformgraph-compacted-bytes";
    /** Compact when the dataset is more than this many times its size after the last compaction. */
    public static final double DEFAULT_GROWTH = 2.0;

    private final Path folder;

    public StoreCompaction(Path folder) {
        this.folder = folder;
    }

    /** The outcome of a compaction: the disk size before and after, in bytes. */
    public record Result(long before, long after) {
    }

    /** Compacts now, deleting the old generation, whatever the size. */
    public Result compact(Dataset dataset) {
        long before = diskSize();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        long after = diskSize();
        record(after);
        return new Result(before, after);
    }

    /**
     * Compacts if the dataset is more than {@code growth} times its size after the last compaction; returns the result,
     * or null when it did not compact. A dataset never compacted takes its present size as the reference.
     */
    public Result compactIfGrown(Dataset dataset, double growth) {
        long size = diskSize();
        long reference = recorded();
        if (reference <= 0) {
            record(size);
            return null;
        }
        return size > growth * reference ? compact(dataset) : null;
    }

    /** The bytes of every file under the dataset folder, all generations included. */
    public long diskSize() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreCompaction::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the dataset folder " + folder, e);
        }
    }

    private long recorded() {
        Path file = folder.resolve(RECORD);
        try {
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            // an unreadable record only means the next load starts a new reference
            return 0;
        }
    }

    private void record(long size) {
        try {
            Files.writeString(folder.resolve(RECORD), Long.toString(size), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(RECORD), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // a file TDB2 deleted while the folder was walked
            return 0;
        }
    }
}
