package org.reformgraph.loader.search;

import org.apache.jena.query.Dataset;
import org.reformgraph.loader.testing.ScratchDatasets;

/** The five seed plans loaded once per test run, as {@code reformgraph load seeds/} does, shared by the search tests. */
final class SeedStore {
    private SeedStore() {
    }

    static Dataset get() {
        return Holder.DATASET;
    }

    private static final class Holder {
        static final Dataset DATASET = ScratchDatasets.withSeeds();
    }
}
