package org.reformgraph.api.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Token buckets by client address, their number bounded: full (idle) buckets are dropped when there are too many. */
public final class RateLimiter {
    private final RateLimitProperties properties;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
        this.properties = properties;
        this.clock = nanoClock;
    }

    /** Takes one request from the client's allowance: 0 if allowed, else the seconds to wait (at least 1). */
    public long retryAfterSeconds(String client) {
        long now = clock.getAsLong();
        if (buckets.size() >= properties.clients()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(client, c -> new TokenBucket(properties.burst(), properties.perSecond(), now));
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    int clients() {
        return buckets.size();
    }
}
