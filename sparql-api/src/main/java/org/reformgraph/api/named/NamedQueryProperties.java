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
 * @param cacheSize     the most bytes the held answers take (as serialized; the rows behind them counted alike)
 * @param largestAnswer an answer bigger than this is served but not held
 */
@ConfigurationProperties("reformgraph.named")
public record NamedQueryProperties(@DefaultValue("true") boolean warm,
                                   @DefaultValue("100ms") Duration warmCheck,
                                   @DefaultValue("512") int cacheEntries,
                                   @DefaultValue("256MB") DataSize cacheSize,
                                   @DefaultValue("64MB") DataSize largestAnswer) {
}
