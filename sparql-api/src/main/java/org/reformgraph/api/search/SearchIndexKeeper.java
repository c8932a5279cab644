package org.reformgraph.api.search;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.api.write.UploadListener;
import org.reformgraph.loader.search.IndexSync;
import org.reformgraph.loader.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served dataset's text index in step, on one background thread: a full pass once at start (so start-up
 * does not wait for it); a targeted pass of the uploaded plan's graph after each plan upload (the upload waits for
 * that alone, so its plan is found as soon as it is reported, at a cost that does not grow with the corpus); and a
 * full pass whenever the dataset's write count moves, whoever wrote ({@code /update}, the Graph Store Protocol), since
 * such writes do not say which graphs they touched. That full pass runs in the background, checked every
 * {@link #CHECK_MILLIS} ms, so search may lag such a write by that plus one pass. While an index that was missing or
 * unreadable is first built, searches are answered 503.
 */
public final class SearchIndexKeeper implements UploadListener, AutoCloseable {
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
    private final AtomicInteger fullPasses = new AtomicInteger();
    private final AtomicInteger uploading = new AtomicInteger();

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

    /** Brings the index in step now and waits for it. */
    public void syncNow() {
        await(this::sync);
    }

    /** Brings {@code graphs} (IRIs written or removed) in step now and waits for it: after a plan upload. */
    public void syncNow(Collection<String> graphs) {
        List<String> copy = List.copyOf(graphs);
        OptionalLong written = version.current();
        await(() -> syncGraphs(copy, written));
    }

    private void await(Runnable task) {
        try {
            worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("text index update failed: {}", e.getCause().toString());
        }
    }

    /**
     * An upload's load begins: the background check waits until it is over, so that the upload's own write does not
     * set off a full pass the upload would then queue behind.
     */
    @Override
    public void loading() {
        uploading.incrementAndGet();
    }

    /** The upload's graphs are brought in step before it is answered; a failed load wrote nothing to sync. */
    @Override
    public void loaded(List<String> graphs) {
        try {
            if (!graphs.isEmpty()) {
                syncNow(graphs);
            }
        } finally {
            uploading.decrementAndGet();
        }
    }

    /** True until an index that was missing or unreadable at start has been built. */
    public boolean building() {
        return building;
    }

    /** Full passes run so far: each reads the whole corpus, so tests check uploads do not cause one. */
    int fullPasses() {
        return fullPasses.get();
    }

    public SearchIndex index() {
        return index;
    }

    private void syncIfWritten() {
        OptionalLong now = version.current();
        if (uploading.get() == 0 && now.isPresent() && now.getAsLong() != syncedVersion) {
            sync();
        }
    }

    /** Never throws: a failed update is logged and retried at the next write; the old index still answers. */
    private void sync() {
        OptionalLong before = version.current();
        try {
            IndexSync.Report report = index.sync(dataset);
            index.searcher().prepare();
            fullPasses.incrementAndGet();
            if (report.changed()) {
                LOG.info("{}", report);
            }
            building = false;
            syncedVersion = before.orElse(-1);
        } catch (RuntimeException e) {
            LOG.warn("text index update failed (retried at the next write): {}", e.toString());
        }
    }

    /**
     * While the index is still being built (fresh), only the full pass can make it whole. When the upload's write is
     * the only one since the last full pass ({@code written} is one more than it saw), that write is counted as
     * synced, so the background check does not re-read the corpus for it; any other write still triggers the pass.
     */
    private void syncGraphs(List<String> graphs, OptionalLong written) {
        if (building) {
            sync();
            return;
        }
        try {
            IndexSync.Report report = index.sync(dataset, graphs);
            index.searcher().prepare();
            if (report.changed()) {
                LOG.info("{}", report);
            }
            if (written.isPresent() && syncedVersion >= 0 && written.getAsLong() == syncedVersion + 1) {
                syncedVersion = written.getAsLong();
            }
        } catch (RuntimeException e) {
            LOG.warn("text index update of {} failed: {}", graphs, e.toString());
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
