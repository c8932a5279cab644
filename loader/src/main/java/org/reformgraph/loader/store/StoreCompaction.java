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
 * deletes the old generation.
 *
 * <p>When to compact is decided by counting plan writes since the last compaction, not by the folder's size: TDB2
 * extends its index files 8 MB at a time and leaves them sparse, so the sizes Java can read jump in 8 MB steps and
 * start near 200 MB for a dataset of one small plan (measured in docs/RELIABILITY.md), which makes a size ratio
 * meaningless for small datasets. The count is kept in a file in the dataset folder (TDB2 ignores other files).
 *
 * <p>TDB2 compaction needs no other transaction open on the dataset; the loader compacts after its loads, when its own
 * transactions have ended. A server reading the same folder in another process is not possible anyway (TDB2 locks it).
 */
public final class StoreCompaction {
    static final String RECORD = "reformgraph-writes-since-compaction";
    /** Compact once this many plans have been written since the last compaction. */
    public static final int DEFAULT_WRITES = 20;

    private final Path folder;

    public StoreCompaction(Path folder) {
        this.folder = folder;
    }

    /** The outcome of a compaction: the apparent disk size before and after, in bytes. */
    public record Result(long before, long after) {
    }

    /** Compacts now, deleting the old generation, whatever the count. */
    public Result compact(Dataset dataset) {
        long before = diskSize();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        long after = diskSize();
        record(0);
        return new Result(before, after);
    }

    /**
     * Counts {@code writes} more plan writes and compacts if there have been at least {@code every} since the last
     * compaction; returns the result, or null when it did not compact.
     */
    public Result afterWrites(Dataset dataset, int writes, int every) {
        long count = recorded() + writes;
        if (count >= every) {
            return compact(dataset);
        }
        record(count);
        return null;
    }

    /** The apparent size of every file under the dataset folder, all generations included. */
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
            // an unreadable count only delays the next compaction
            return 0;
        }
    }

    private void record(long count) {
        try {
            Files.writeString(folder.resolve(RECORD), Long.toString(count), StandardCharsets.US_ASCII);
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
