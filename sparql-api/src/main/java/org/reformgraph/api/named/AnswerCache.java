package org.reformgraph.api.named;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Named-query answers held until the data changes. Each entry is tagged with the {@link DataVersion} it was computed
 * at and is only served while the version is the same, so an answer never outlives a committed change. Callers
 * asking for the same key at the same version while it is being computed (by the warmer or another request) wait for
 * that one computation instead of starting their own. Bounded in entries and in bytes (least recently used out first);
 * an answer larger than {@code maxAnswerBytes} is served but not kept.
 */
public final class AnswerCache {
    /** An answer and whether it came from the cache. */
    public record Lookup(HeldAnswer answer, boolean hit) {
    }

    private static final class Entry {
        final long version;
        final HeldAnswer answer;
        long weight;

        Entry(long version, HeldAnswer answer) {
            this.version = version;
            this.answer = answer;
            this.weight = answer.weight();
        }
    }

    private final DataVersion version;
    private final int maxEntries;
    private final long maxBytes;
    private final long maxAnswerBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, CompletableFuture<HeldAnswer>> running = new ConcurrentHashMap<>();
    private long bytes;

    public AnswerCache(DataVersion version, int maxEntries, long maxBytes, long maxAnswerBytes) {
        this.version = version;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** What tells this cache the data changed. */
    public DataVersion dataVersion() {
        return version;
    }

    /**
     * The held answer for {@code key} if it was computed at the current version; otherwise the one being computed for
     * this version, or a fresh one from {@code compute}, kept if no write began meanwhile.
     */
    public Lookup get(String key, Supplier<HeldAnswer> compute) {
        OptionalLong before = version.current();
        if (before.isEmpty()) {
            return new Lookup(compute.get(), false); // a write is under way: answer from what is committed, keep nothing
        }
        long at = before.getAsLong();
        HeldAnswer held = lookup(key, at);
        if (held != null) {
            return new Lookup(held, true);
        }
        String flight = at + " " + key;
        CompletableFuture<HeldAnswer> mine = new CompletableFuture<>();
        CompletableFuture<HeldAnswer> theirs = running.putIfAbsent(flight, mine);
        if (theirs != null) {
            return new Lookup(await(theirs), false);
        }
        try {
            HeldAnswer answer = compute.get();
            // Keep it only if no write began while it was computed: then it is the answer for that version.
            if (version.current().equals(before)) {
                keep(key, new Entry(at, answer));
            }
            mine.complete(answer);
            return new Lookup(answer, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(flight, mine);
        }
    }

    /** The answer held for {@code key} at the current version, counted as a use; never computes one. */
    public Optional<HeldAnswer> held(String key) {
        OptionalLong now = version.current();
        return now.isEmpty() ? Optional.empty() : Optional.ofNullable(lookup(key, now.getAsLong()));
    }

    /** Whether {@code key} holds an answer for the current version (without counting as a use). */
    public boolean holds(String key) {
        OptionalLong now = version.current();
        synchronized (entries) {
            Entry entry = entries.get(key);
            return entry != null && now.isPresent() && entry.version == now.getAsLong();
        }
    }

    /** Re-weighs an entry after its answer was written in another format, evicting others if the cache grew too big. */
    public void reweigh(String key, HeldAnswer answer) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.answer == answer) {
                long now = answer.weight();
                bytes += now - entry.weight;
                entry.weight = now;
                evict();
            }
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The most bytes the held answers may take. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The most bytes one held answer may take; a larger one is served but not kept. */
    public long maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /** The bytes the held answers take, as {@link HeldAnswer#weight()} counts them. */
    public long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    private HeldAnswer lookup(String key, long current) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (entry.version != current) {
                remove(key);
                return null;
            }
            return entry.answer;
        }
    }

    private void keep(String key, Entry entry) {
        if (entry.weight > maxAnswerBytes) {
            return;
        }
        synchronized (entries) {
            remove(key);
            entries.put(key, entry);
            bytes += entry.weight;
            evict();
        }
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.weight;
        }
    }

    private void evict() {
        Iterator<Entry> eldestFirst = entries.values().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldestFirst.hasNext()) {
            bytes -= eldestFirst.next().weight;
            eldestFirst.remove();
        }
    }

    private static HeldAnswer await(CompletableFuture<HeldAnswer> computation) {
        try {
            return computation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
