package org.reformgraph.api;

import org.reformgraph.api.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reformgraph} command line: the main class of {@code reformgraph.jar}.
 *
 * <p>{@link #commandLine()} is the one place where subcommands are put together. The loader's commands ({@code load},
 * {@code export}, {@code query}, {@code validate}) join here once its {@code LoaderCli} exists: replace the body with
 * {@code return LoaderCli.commandLine(new ServeCommand());} so that one top command carries all of them.
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
        return withErrorMessages(new CommandLine(new Top()).addSubcommand(new ServeCommand()));
    }

    /**
     * A failure the user can fix (a bad folder, a locked or unreadable database, a bad option) is reported as one
     * line on stderr and exit code 1, not as a stack trace.
     */
    public static CommandLine withErrorMessages(CommandLine commandLine) {
        return commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("reformgraph " + cl.getCommandName() + ": " + messageOf(e));
            return 1;
        });
    }

    private static String messageOf(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    /** The top command until the loader's CLI provides one. */
    @Command(name = "reformgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "A knowledge graph of Chinese business-environment plans, served over SPARQL.")
    static final class Top implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'serve'");
        }
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ReformgraphMain.class.getPackage().getImplementationVersion();
            return new String[] {"reformgraph " + (v == null ? "development" : v)};
        }
    }
}
