package org.reformgraph.loader.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that works on a dataset shares. */
public final class DatabaseOptions {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the TDB2 dataset folder (created if missing)")
    Path db;

    @Option(names = "--verbose", description = "print the stack trace of an error")
    boolean verbose;

    /** Options given some other way than by the mixin (a command whose --db is one of several destinations). */
    static DatabaseOptions of(Path db, boolean verbose) {
        DatabaseOptions options = new DatabaseOptions();
        options.db = db;
        options.verbose = verbose;
        return options;
    }

    public Path db() {
        return db;
    }

    public boolean verbose() {
        return verbose;
    }
}
