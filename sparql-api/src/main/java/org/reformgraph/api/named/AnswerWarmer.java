package org.reformgraph.api.named;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.ParameterBindingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes, in one background thread, the answer of every named query that runs with its default values, at start
 * and again whenever the data version moves, so those answers come from memory. It polls the version (two counters
 * for TDB2, whose coordinator takes no listeners once open; a remote store's probe answers from its own cache). Requests never wait for a whole
 * warm-up: one that arrives first computes its own answer, or shares the computation under way for the same version
 * (see {@link AnswerCache}). A query that fails is logged and counted; the others still run.
 */
public final class AnswerWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerWarmer.class);

    private final List<NamedQuery> queries;
    private final NamedQueryRunner runner;
    private final AnswerCache cache;
    private final DataVersion version;
    private final Duration checkEvery;
    private final MeterRegistry meters;
    private final Timer warmUps;
    private volatile boolean stopped;
    private volatile OptionalLong warmedAt = OptionalLong.empty();
    private Thread thread;

    public AnswerWarmer(List<NamedQuery> library, NamedQueryRunner runner, AnswerCache cache, Duration checkEvery,
                        MeterRegistry meters) {
        this.queries = library.stream().filter(AnswerWarmer::runsWithDefaults).toList();
        this.runner = runner;
        this.cache = cache;
        this.version = cache.dataVersion();
        this.checkEvery = checkEvery;
        this.meters = meters;
        this.warmUps = Timer.builder("reformgraph.named.warm").description("warm-ups of the named-query answers")
                .register(meters);
        meters.gauge("reformgraph.named.warm.queries", queries.size());
    }

    /** The queries warmed: those whose every parameter is optional or has a default. */
    public List<NamedQuery> queries() {
        return queries;
    }

    private static boolean runsWithDefaults(NamedQuery query) {
        try {
            query.bind(Map.of());
            return true;
        } catch (ParameterBindingException e) {
            return false;
        }
    }

    /** Starts warming now, and after every change from then on. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::loop, "named-query-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1); // requests first
        thread.start();
    }

    /** Stops warming; a query under way is abandoned (its answer, if any, is simply not used). */
    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether every warmed query's answer is held for the version the data is at now. */
    public boolean isWarm() {
        OptionalLong now = version.current();
        return now.isPresent() && now.equals(warmedAt);
    }

    private void loop() {
        while (!stopped) {
            OptionalLong now = version.current();
            if (now.isPresent() && !now.equals(warmedAt)) {
                warmAll(now.getAsLong());
                continue; // the version may have moved during the warm-up: look again at once
            }
            if (!pause(checkEvery.toMillis())) {
                return;
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void warmAll(long at) {
        long started = System.nanoTime();
        int failed = 0;
        for (NamedQuery query : queries) {
            if (stopped) {
                return;
            }
            try {
                runner.prepare(query, Map.of());
            } catch (RuntimeException e) {
                if (stopped) {
                    return; // the dataset is closing under us
                }
                failed++;
                LOG.warn("warming named query '{}' failed: {}", query.name(), String.valueOf(e.getMessage()));
                Counter.builder("reformgraph.named.warm.failures").description("named queries that failed while warming")
                        .tag("query", query.name()).register(meters).increment();
            }
        }
        long took = System.nanoTime() - started;
        warmUps.record(took, TimeUnit.NANOSECONDS);
        // Warm only if nothing moved meanwhile; otherwise the loop warms again (what is held already is a quick hit).
        if (version.current().equals(OptionalLong.of(at))) {
            warmedAt = OptionalLong.of(at);
        }
        LOG.info("warmed {} named queries at data version {} in {} ms ({} failed; {} answers, {} KB held)",
                queries.size(), at, TimeUnit.NANOSECONDS.toMillis(took), failed, cache.size(), cache.bytes() / 1024);
    }
}
