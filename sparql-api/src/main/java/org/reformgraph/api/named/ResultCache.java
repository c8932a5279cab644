package org.reformgraph.api.named;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Serialized answers of named queries, kept until the data changes. Bounded in entries and in the size of one
 * answer, least recently used first out.
 */
public final class ResultCache {
    /** One serialized answer. */
    public record Answer(byte[] body, String contentType) {
    }

    private record Entry(long version, Answer answer) {
    }

    private final DataVersion version;
    private final int maxEntries;
    private final int maxAnswerBytes;
    private final Map<String, Entry> entries;

    public ResultCache(DataVersion version, int maxEntries, int maxAnswerBytes) {
        this.version = version;
        this.maxEntries = maxEntries;
        this.maxAnswerBytes = maxAnswerBytes;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ResultCache.this.maxEntries;
            }
        };
    }

    /** The cached answer for {@code key} if the data has not changed since, else a fresh one from {@code compute}. */
    public Answer get(String key, Supplier<Answer> compute) {
        OptionalLong before = version.current();
        if (before.isPresent()) {
            Optional<Answer> hit = lookup(key, before.getAsLong());
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        Answer answer = compute.get();
        OptionalLong after = version.current();
        // Keep it only if no write began while it was computed: then it is the answer for that version.
        if (before.isPresent() && after.equals(before) && answer.body().length <= maxAnswerBytes) {
            synchronized (entries) {
                entries.put(key, new Entry(before.getAsLong(), answer));
            }
        }
        return answer;
    }

    private Optional<Answer> lookup(String key, long current) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.version() != current) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.answer());
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
