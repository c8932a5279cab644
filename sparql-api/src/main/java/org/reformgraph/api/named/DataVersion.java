package org.reformgraph.api.named;

import java.util.OptionalLong;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Tells whether the data may have changed since an answer was computed, so cached answers are dropped after any
 * write. For TDB2 it counts the write transactions begun on the dataset, whoever began them (a load, an update),
 * so nothing has to remember to signal a change.
 */
public interface DataVersion {
    /** The current version, or empty when it cannot be known now (a write is under way, or the store cannot tell). */
    OptionalLong current();

    static DataVersion of(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset)) {
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
            return () -> {
                // A writer that began but has not committed has already counted; the answer read meanwhile is of
                // the old data and must not be kept under the new count.
                if (coordinator.countActiveWriter() > 0) {
                    return OptionalLong.empty();
                }
                return OptionalLong.of(coordinator.countBeginWrite());
            };
        }
        return OptionalLong::empty;
    }
}
