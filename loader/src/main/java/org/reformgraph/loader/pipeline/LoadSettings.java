package org.reformgraph.loader.pipeline;

/**
 * How a folder is loaded: plans are extracted on {@code threads} threads (a plan's graph never depends on the thread
 * count) and stored by one writer, {@code batchPlans} plans to a write transaction.
 *
 * @param threads    extraction threads, at least 1; 1 extracts on the calling thread
 * @param batchPlans plans per write transaction, at least 1; 1 stores each plan in its own transaction
 */
public record LoadSettings(int threads, int batchPlans) {
    /**
     * Plans per transaction by default: few enough that a batch's new nodes sit comfortably in a 1 GB heap, many enough
     * that a first load of 1,000 plans (10 transactions) does not reach the compaction threshold (StoreCompaction).
     */
    public static final int DEFAULT_BATCH = 100;

    public LoadSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (batchPlans < 1) {
            throw new IllegalArgumentException("a batch must hold at least 1 plan, not " + batchPlans);
        }
    }

    /** As many threads as there are processors, {@value #DEFAULT_BATCH} plans to a transaction. */
    public static LoadSettings defaults() {
        return new LoadSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    /** One thread, one plan to a transaction: how the loader worked before it was made parallel. */
    public static LoadSettings sequential() {
        return new LoadSettings(1, 1);
    }
}
