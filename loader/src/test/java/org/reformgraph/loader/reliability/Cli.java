package org.reformgraph.loader.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.reformgraph.loader.cli.LoaderCli;
import picocli.CommandLine;

/** One run of the {@code reformgraph} command line in this JVM, with what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LoaderCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        return new Cli(cli.execute(strings), out.toString(), err.toString());
    }
}
