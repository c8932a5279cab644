package org.reformgraph.api.search;

import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.loader.search.IndexSync;
import org.reformgraph.loader.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served dataset's text index in step, on one background thread: once at start (so start-up does not wait
 * for it), after each plan upload (the upload waits, so its plan is found as soon as it is reported), and whenever the
 * dataset's write count moves, whoever wrote ({@code /update}, the Graph Store Protocol). While an index that was
 * missing or unreadable is first built, searches are answered 503.
 */
public final class SearchIndexKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexKeeper.class);
    static final long CHECK_MILLIS = 500;

    private final SearchIndex index;
    private final DatasetGraph dataset;
    private final DataVersion version;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "text-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean building;
    private volatile long syncedVersion = -1;

    SearchIndexKeeper(SearchIndex index, DatasetGraph dataset, DataVersion version) {
        this.index = index;
        this.dataset = dataset;
        this.version = version;
        this.building = index.fresh();
    }

    /** Registers the index for {@code text:query} and starts keeping it in step. */
    void start() {
        index.register(dataset);
        worker.execute(this::sync);
        worker.scheduleWithFixedDelay(this::syncIfWritten, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Brings the index in step now and waits for it: after a plan upload. */
    public void syncNow() {
        try {
            worker.submit(this::sync).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("text index update failed: {}", e.getCause().toString());
        }
    }

    /** True until an index that was missing or unreadable at start has been built. */
    public boolean building() {
        return building;
    }

    public SearchIndex index() {
        return index;
    }

    private void syncIfWritten() {
        OptionalLong now = version.current();
        if (now.isPresent() && now.getAsLong() != syncedVersion) {
            sync();
        }
    }

    /** Never throws: a failed update is logged and retried at the next write; the old index still answers. */
    private void sync() {
        OptionalLong before = version.current();
        try {
            IndexSync.Report report = index.sync(dataset);
            if (report.changed()) {
                LOG.info("{}", report);
            }
            building = false;
            syncedVersion = before.orElse(-1);
        } catch (RuntimeException e) {
            LOG.warn("text index update failed (retried at the next write): {}", e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
