package org.reformgraph.api.store;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.reformgraph.api.named.DataVersion;

/**
 * The data version of a remote store, whose transactions this server cannot see. Two things end a cached answer:
 * the {@link StoreProbe}'s answer changes (a plan was loaded or replaced, a graph added or dropped: seen within the
 * probe interval), or the TTL passes (any other change, such as a SPARQL Update that leaves the load runs alone).
 * The TTL is a window of the clock folded into the version, so every answer is at most one TTL old.
 */
public final class RemoteDataVersion implements DataVersion {
    private final StoreProbe probe;
    private final Duration ttl;
    private final Clock clock;

    public RemoteDataVersion(StoreProbe probe, Duration ttl, Clock clock) {
        this.probe = probe;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public OptionalLong current() {
        if (ttl.isZero() || ttl.isNegative()) {
            return OptionalLong.empty(); // caching off
        }
        try {
            long window = clock.millis() / ttl.toMillis();
            return OptionalLong.of(31 * probe.current().version() + window);
        } catch (RuntimeException e) {
            return OptionalLong.empty(); // cannot tell: do not cache
        }
    }
}
