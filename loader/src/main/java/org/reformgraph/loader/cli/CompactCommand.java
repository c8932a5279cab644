package org.reformgraph.loader.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.search.SearchIndex;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.StoreCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reformgraph compact}: rewrites the dataset into a fresh generation and deletes the old one. */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = {"Compacts the dataset: TDB2 grows with every write; this rewrites the live data and deletes the rest.",
                "load compacts by itself every " + StoreCompaction.DEFAULT_WRITES + " plan writes."})
final class CompactCommand implements Callable<Integer>, DatabaseCommand {
    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public DatabaseOptions options() {
        return database;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(database.db())) {
            throw new LoadException(database.db().toString(), 0, "no dataset here to compact");
        }
        Dataset dataset = PlanStore.open(database.db());
        try {
            StoreCompaction.Result result = new StoreCompaction(database.db()).compact(dataset);
            // apparent sizes: TDB2's files are sparse, so du shows less, but both shrink
            spec.commandLine().getOut().printf("compacted %s: old generation deleted, files %s → %s%n", database.db(),
                    LoadCommand.megabytes(result.before()), LoadCommand.megabytes(result.after()));
            spec.commandLine().getOut().println(SearchIndex.update(database.db(), dataset.asDatasetGraph()));
        } finally {
            dataset.close();
        }
        return 0;
    }
}
