package org.reformgraph.api.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Opens the dataset the server reads and sets the context every query runs under: the union of the named graphs as
 * the default graph, a time limit, and no federated {@code SERVICE} calls (the endpoint must not become a proxy).
 */
public final class ReformgraphDataset {
    private ReformgraphDataset() {
    }

    /** Opens the TDB2 dataset in {@code folder}, creating the folder and an empty dataset if there is none. */
    public static Dataset openTdb2(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder.toAbsolutePath(), e);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("the database folder " + folder.toAbsolutePath() + " is not writable");
        }
        return TDB2Factory.connectDataset(folder.toString());
    }

    /** Sets the query context on the dataset itself, so every way of querying it gets the same rules. */
    public static void configure(DatasetGraph dataset, Duration queryTimeout) {
        Context context = dataset.getContext();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
    }

    public static void configure(Dataset dataset, Duration queryTimeout) {
        configure(dataset.asDatasetGraph(), queryTimeout);
    }
}
