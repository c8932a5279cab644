package org.reformgraph.loader.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.reformgraph.loader.pipeline.LoaderVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code reformgraph} command: load plans into a TDB2 dataset, export it, query it, validate it. Other modules add
 * their own subcommands (the SPARQL API adds {@code serve}) through {@link #commandLine(Object...)}.
 *
 * <p>Exit codes: 0 success, 1 the work failed (a load error, shape violations), 2 the command line was wrong.
 */
@Command(name = "reformgraph", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = "A knowledge graph of Chinese business-environment plans: load, export, query, validate.",
        subcommands = {LoadCommand.class, ExportCommand.class, QueryCommand.class, ValidateCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class LoaderCli implements Runnable {
    public static final int FAILED = 1;

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public LoaderCli(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * The command line with the loader's commands plus {@code extraSubcommands} (annotated picocli commands or
     * {@link CommandLine}s), writing UTF-8 to standard output and error whatever the platform's charset.
     */
    public static CommandLine commandLine(Object... extraSubcommands) {
        return commandLine(Environment.standard(), extraSubcommands);
    }

    public static CommandLine commandLine(Environment environment, Object... extraSubcommands) {
        CommandLine commandLine = new CommandLine(new LoaderCli(environment));
        for (Object subcommand : extraSubcommands) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The loader's version, as recorded in every load run. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"reformgraph " + LoaderVersion.get()};
        }
    }

    /** Prints a failure as one line (the stack trace only with --verbose) and exits with {@link #FAILED}. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (isVerbose(commandLine)) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        }

        private static boolean isVerbose(CommandLine commandLine) {
            Object command = commandLine.getCommand();
            return command instanceof DatabaseCommand databaseCommand && databaseCommand.options().verbose();
        }
    }
}
