package org.reformgraph.loader.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a load's time went: each stage's time summed over the plans (on several threads these add up to more than
 * the wall time), the number of write transactions, and the heap. Fed by the loader as plans are stored; printed by
 * {@code load --profile} and read by the load benchmark.
 */
public final class LoadProfile {
    /** The stages in pipeline order; {@code candidates} is the first pass over a folder (read, clean, quoted terms). */
    public static final List<String> STAGES = List.of("candidates", "read", "clean", "outline", "attribute", "resolve",
            "tag", "emit", "validate", "store");

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private int plans;
    private int transactions;

    public LoadProfile() {
        STAGES.forEach(stage -> nanos.put(stage, 0L));
        HeapPeak.watch();
    }

    /** Adds a stored plan's stage times. */
    public synchronized void add(LoadReport report) {
        plans++;
        report.stages().forEach((stage, took) -> nanos.merge(stage, took.toNanos(), Long::sum));
    }

    public synchronized void transactionCommitted() {
        transactions++;
    }

    public synchronized int plans() {
        return plans;
    }

    /** Write transactions committed: what TDB2's growth before compaction goes by. */
    public synchronized int transactions() {
        return transactions;
    }

    /** A stage's time summed over the plans. */
    public synchronized Duration total(String stage) {
        return Duration.ofNanos(nanos.getOrDefault(stage, 0L));
    }

    /**
     * The most heap in use at once since the first profile was made: measured just before each garbage collection
     * ({@link HeapPeak}). At most the -Xmx limit.
     */
    public static long peakHeapInUseBytes() {
        return HeapPeak.bytes();
    }

    /** The most heap still in use after a garbage collection since the first profile was made. */
    public static long peakLiveHeapBytes() {
        return HeapPeak.liveBytes();
    }

    /**
     * The sum of each heap pool's peak. The pools peak at different moments, so this is an upper bound of the heap
     * ever in use at once, which can exceed the -Xmx limit.
     */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * The profile as lines of text: a summary, then one line per stage ({@code stage total-s ms/plan share}).
     *
     * @param wall    the load's wall time
     * @param threads the extraction threads used
     */
    public synchronized List<String> lines(Duration wall, int threads) {
        List<String> out = new ArrayList<>();
        double seconds = wall.toNanos() / 1e9;
        out.add(String.format("profile: %d plans in %.1f s (%.2f plans/s), %d extraction %s, %d write %s, peak heap %d MB "
                        + "(in use at once; at most %d MB still in use after a collection; the heap pools' own peaks "
                        + "add up to %d MB)",
                plans, seconds, seconds > 0 ? plans / seconds : 0.0, threads, threads == 1 ? "thread" : "threads",
                transactions, transactions == 1 ? "transaction" : "transactions", peakHeapInUseBytes() / (1024 * 1024),
                peakLiveHeapBytes() / (1024 * 1024), peakHeapBytes() / (1024 * 1024)));
        long sum = nanos.values().stream().mapToLong(Long::longValue).sum();
        out.add(String.format("  %-10s %9s %9s %6s", "stage", "total s", "ms/plan", "share"));
        nanos.forEach((stage, n) -> out.add(String.format("  %-10s %9.2f %9.1f %5.1f%%", stage, n / 1e9,
                plans == 0 ? 0.0 : n / 1e6 / plans, sum == 0 ? 0.0 : 100.0 * n / sum)));
        return out;
    }
}
