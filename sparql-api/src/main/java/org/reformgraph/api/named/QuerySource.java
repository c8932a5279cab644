package org.reformgraph.api.named;

import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Where named queries run: the local dataset, or a remote store. The work given reads the whole answer before it
 * returns, so the source can hold a transaction or enforce a deadline around it.
 */
public interface QuerySource {
    /**
     * Runs {@code work} on an execution of {@code query} that stops after {@code timeout}.
     *
     * @throws org.apache.jena.query.QueryCancelledException when the time runs out
     */
    void execute(Query query, Duration timeout, Consumer<QueryExec> work);

    /** The dataset in this process, read in a read transaction. */
    static QuerySource of(Dataset dataset) {
        return (query, timeout, work) -> Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                    .timeout(timeout.toMillis()).build()) {
                work.accept(exec);
            }
        });
    }
}
