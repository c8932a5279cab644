package org.reformgraph.api.health;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Named "dataset" in the health groups (Spring drops the HealthIndicator suffix). Ready when the dataset can be read: a read transaction opens and sees whether there are any graphs. */
@Component
public class DatasetHealthIndicator implements HealthIndicator {
    private final Dataset dataset;

    public DatasetHealthIndicator(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public Health health() {
        try {
            boolean empty = Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().listGraphNodes().hasNext());
            return Health.up().withDetail("namedGraphs", empty ? "none" : "present").build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
