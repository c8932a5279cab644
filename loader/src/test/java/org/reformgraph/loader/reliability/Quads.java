package org.reformgraph.loader.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.reformgraph.loader.store.PlanStore;

/** A dataset folder's content, for comparing before and after: every quad, written out and sorted. */
final class Quads {
    private Quads() {
    }

    static TreeSet<String> of(Path db) {
        Dataset dataset = PlanStore.open(db);
        try {
            return Txn.calculateRead(dataset, () -> {
                TreeSet<String> quads = new TreeSet<>();
                List<Quad> all = dataset.asDatasetGraph().stream().toList();
                all.forEach(q -> quads.add(FmtUtils.stringForQuad(q)));
                return quads;
            });
        } finally {
            dataset.close();
        }
    }

    /** Lets another process open the folder: TDB2 keeps a dataset open (and locked) per JVM until it is expelled. */
    static void release(Path db) {
        Dataset dataset = PlanStore.open(db);
        TDBInternal.expel(dataset.asDatasetGraph(), true);
    }
}
