package org.reformgraph.api.store;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Named "remoteStore" in the health groups: up when the store answers the version probe. */
public final class RemoteStoreHealthIndicator implements HealthIndicator {
    private final StoreProbe probe;
    private final String url;

    public RemoteStoreHealthIndicator(StoreProbe probe, String url) {
        this.probe = probe;
        this.url = url;
    }

    @Override
    public Health health() {
        try {
            int graphs = probe.current().graphs().size();
            return Health.up().withDetail("store", url).withDetail("namedGraphs", graphs).build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("store", url).build();
        }
    }
}
