package org.reformgraph.loader.cli;

/** A command that works on a dataset folder. */
interface DatabaseCommand {
    DatabaseOptions options();
}
