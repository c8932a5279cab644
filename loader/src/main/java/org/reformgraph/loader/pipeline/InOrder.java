package org.reformgraph.loader.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.reformgraph.loader.LoadException;

/**
 * Maps items on a pool of threads and hands the results to the calling thread in the items' order. At most two
 * results per thread are waiting or being worked on at any time, so memory stays flat however many items there are,
 * and whatever comes out (IRIs, quads, the order things are stored in) is the same for any number of threads.
 */
final class InOrder {
    private InOrder() {
    }

    /** A result or the {@link LoadException} its item failed with. */
    record Outcome<R>(R value, LoadException failure) {
    }

    static <T, R> void map(List<T> items, int threads, Function<T, R> work, BiConsumer<T, Outcome<R>> consume) {
        if (threads == 1) {
            for (T item : items) {
                consume.accept(item, attempt(work, item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            Deque<Future<Outcome<R>>> pending = new ArrayDeque<>();
            Deque<T> pendingItems = new ArrayDeque<>();
            int window = 2 * threads;
            for (T item : items) {
                pending.add(pool.submit(() -> attempt(work, item)));
                pendingItems.add(item);
                if (pending.size() >= window) {
                    consume.accept(pendingItems.poll(), await(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                consume.accept(pendingItems.poll(), await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<R> attempt(Function<T, R> work, T item) {
        try {
            return new Outcome<>(work.apply(item), null);
        } catch (LoadException e) {
            return new Outcome<>(null, e);
        }
    }

    private static <R> Outcome<R> await(Future<Outcome<R>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a plan's extraction", e);
        } catch (ExecutionException e) {
            // not a plan's failure (those are outcomes): a bug or an Error such as running out of memory
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "reformgraph-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
