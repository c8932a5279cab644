package org.reformgraph.api.named;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the named-query answers ({@code reformgraph.named.*}).
 *
 * @param warm          recompute every query that runs with its defaults at start and after every change, so they
 *                      answer from memory ({@code false}: only on demand)
 * @param warmCheck     how often the warmer asks whether the data version moved
 * @param cacheEntries  the most answers held
 * @param cacheSize     the most bytes the held answers take (as serialized; the rows behind them counted alike);
 *                      unset: a quarter of the most heap the JVM may use
 * @param largestAnswer an answer bigger than this is served but not held; unset: a quarter of the cache size
 */
@ConfigurationProperties("reformgraph.named")
public record NamedQueryProperties(@DefaultValue("true") boolean warm,
                                   @DefaultValue("100ms") Duration warmCheck,
                                   @DefaultValue("512") int cacheEntries,
                                   DataSize cacheSize,
                                   DataSize largestAnswer) {
    /** What share of the heap the held answers may take when no cache size is set. */
    static final int HEAP_SHARE_DIVISOR = 4;
    /** What share of the cache one answer may take when no largest answer is set. */
    static final int CACHE_SHARE_DIVISOR = 4;

    public NamedQueryProperties {
        if (cacheEntries < 1) {
            throw new IllegalArgumentException("reformgraph.named.cache-entries must be at least 1, not " + cacheEntries);
        }
        if (cacheSize != null && cacheSize.toBytes() < 1) {
            throw new IllegalArgumentException("reformgraph.named.cache-size must be positive, not " + cacheSize);
        }
        if (largestAnswer != null && largestAnswer.toBytes() < 1) {
            throw new IllegalArgumentException("reformgraph.named.largest-answer must be positive, not " + largestAnswer);
        }
    }

    /** The bounds of the answer cache, in bytes. */
    public record CacheBounds(long cacheBytes, long largestAnswerBytes) {
    }

    /**
     * The cache's bounds on a JVM whose heap may grow to {@code maxHeapBytes}. Unset sizes follow the heap, so a
     * server given more memory holds larger answers (at 1,000 plans the biggest default answers are 50–100 MB as JSON)
     * without anyone tuning it, and a small heap is not filled by answers.
     *
     * @throws IllegalArgumentException if the largest answer is set above the cache size: such an answer could never
     *                                  be held
     */
    public CacheBounds bounds(long maxHeapBytes) {
        long cache = cacheSize != null ? cacheSize.toBytes() : Math.max(1, maxHeapBytes / HEAP_SHARE_DIVISOR);
        long largest = largestAnswer != null ? largestAnswer.toBytes() : Math.max(1, cache / CACHE_SHARE_DIVISOR);
        if (largest > cache) {
            throw new IllegalArgumentException("reformgraph.named.largest-answer (" + size(largest)
                    + ") is larger than the cache size (" + size(cache)
                    + (cacheSize != null ? "" : ", a quarter of the heap")
                    + "): no answer that size could be held; raise reformgraph.named.cache-size or lower largest-answer");
        }
        return new CacheBounds(cache, largest);
    }

    /** A size as the settings are written (Spring's syntax), so it can be pasted back. */
    private static String size(long bytes) {
        long mb = 1024L * 1024;
        return bytes % mb == 0 ? bytes / mb + "MB" : bytes + "B";
    }
}
