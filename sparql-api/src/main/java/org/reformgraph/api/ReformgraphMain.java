package org.reformgraph.api;

import java.util.Optional;
import org.reformgraph.api.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reformgraph} command line: the main class of {@code reformgraph.jar}.
 *
 * <p>{@link #commandLine()} is the one place where subcommands are put together. The loader module owns the top
 * command and its subcommands ({@code load}, {@code export}, {@code query}, {@code validate}) through
 * {@code org.reformgraph.loader.cli.LoaderCli.commandLine(Object... extraSubcommands)}; this module adds
 * {@code serve} to it. Until that class is on the classpath a top command of our own carries {@code serve} alone.
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

    static final String LOADER_CLI = "org.reformgraph.loader.cli.LoaderCli";

    public static CommandLine commandLine() {
        // The loader's command line brings its own error handling; ours is for the stand-alone top command.
        return loaderCommandLine(new ServeCommand())
                .orElseGet(() -> withErrorMessages(new CommandLine(new Top()).addSubcommand(new ServeCommand())));
    }

    /**
     * The loader's command line with {@code extra} added, if the loader module provides one. Looked up by name so
     * that this module builds against a loader that has no CLI yet; once it has, this can become a direct call.
     */
    static Optional<CommandLine> loaderCommandLine(Object... extra) {
        Class<?> cli;
        try {
            cli = Class.forName(LOADER_CLI);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of((CommandLine) cli.getMethod("commandLine", Object[].class)
                    .invoke(null, (Object) extra));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(LOADER_CLI + " must have public static CommandLine commandLine(Object...)", e);
        }
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
