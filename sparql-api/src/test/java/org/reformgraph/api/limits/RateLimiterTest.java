package org.reformgraph.api.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets per client, on a clock the test moves. */
class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientHasItsBurstThenWaitsForTheRefill() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 2, 3, 100), now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.retryAfterSeconds("a"));
        }
        assertEquals(1, limiter.retryAfterSeconds("a"), "half a second to the next token, said as 1 s");
        now.addAndGet(500_000_000L);
        assertEquals(0, limiter.retryAfterSeconds("a"));
        assertEquals(1, limiter.retryAfterSeconds("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 1, 100), now::get);
        assertEquals(0, limiter.retryAfterSeconds("a"));
        assertEquals(1, limiter.retryAfterSeconds("a"));
        assertEquals(0, limiter.retryAfterSeconds("b"));
    }

    @Test
    void aSlowRefillSaysHowManySecondsToWait() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 0.1, 1, 100), now::get);
        assertEquals(0, limiter.retryAfterSeconds("a"));
        assertEquals(10, limiter.retryAfterSeconds("a"));
    }

    @Test
    void idleClientsAreForgottenWhenThereAreTooMany() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 1, 3), now::get);
        for (int i = 0; i < 3; i++) {
            limiter.retryAfterSeconds("client-" + i);
        }
        now.addAndGet(5_000_000_000L);
        limiter.retryAfterSeconds("new");
        assertEquals(1, limiter.clients(), "the three idle buckets were full again and dropped");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimitProperties(true, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitProperties(true, 1, 0, 1));
    }
}
