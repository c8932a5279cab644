package org.reformgraph.api.reliability;

import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/** Every quad of a dataset, written out and sorted: to show a request changed nothing. */
final class DatasetContent {
    private DatasetContent() {
    }

    static TreeSet<String> of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            TreeSet<String> quads = new TreeSet<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> quads.add(FmtUtils.stringForQuad(q)));
            return quads;
        });
    }
}
