package org.reformgraph.api;

import org.reformgraph.api.serve.ServeCommand;
import org.reformgraph.loader.cli.LoaderCli;
import picocli.CommandLine;

/**
 * The {@code reformgraph} command line: the main class of {@code reformgraph.jar}. The loader module owns the top
 * command and its subcommands ({@code load}, {@code export}, {@code query}, {@code validate}) and their error
 * handling; this module adds {@code serve}.
 */
public final class ReformgraphMain {
    private ReformgraphMain() {
    }

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
        // exit 0 with the server running: Spring Boot's non-daemon threads keep the JVM alive.
    }

    public static CommandLine commandLine() {
        return LoaderCli.commandLine(new ServeCommand());
    }
}
