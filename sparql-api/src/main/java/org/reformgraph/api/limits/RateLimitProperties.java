package org.reformgraph.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client rate limit: a token bucket per remote address, refilled at {@code perSecond} and holding at most
 * {@code burst} requests. On by default, with limits generous enough for an interactive user or a visualization
 * firing a page's worth of queries at once; an operator behind a proxy must make the proxy pass the client's address
 * ({@code server.forward-headers-strategy}), or every client shares one bucket.
 *
 * @param enabled   whether requests are limited at all
 * @param perSecond requests per second a client may sustain
 * @param burst     requests a client may make at once after being idle
 * @param clients   how many clients' buckets are kept; beyond that, the idle ones are forgotten
 */
@ConfigurationProperties("reformgraph.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("100") double perSecond,
                                  @DefaultValue("500") int burst, @DefaultValue("10000") int clients) {
    public RateLimitProperties {
        if (perSecond <= 0 || burst < 1 || clients < 1) {
            throw new IllegalArgumentException("reformgraph.rate-limit: per-second must be positive and burst and clients "
                    + "at least 1, not " + perSecond + ", " + burst + " and " + clients);
        }
    }
}
