package org.reformgraph.api.limits;

/** One client's allowance: {@code capacity} tokens, refilled continuously at {@code perSecond}; a request takes one. */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token: 0 when there was one, else the nanoseconds until there will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Whether the bucket is full again, so that forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
    }
}
