package org.reformgraph.loader.acceptance;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.reformgraph.loader.cli.LoaderCli;
import picocli.CommandLine;

/** One run of the {@code reformgraph} command line in this JVM, with what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LoaderCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
