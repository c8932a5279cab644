package org.reformgraph.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class in a fresh JVM on this JVM's class path, so that each measured run pays its own start-up and
 * gets its own heap limit, as a user's command would.
 */
final class ChildJvm {
    private final String heap;

    /** @param heap the -Xmx value, e.g. {@code 1g} */
    ChildJvm(String heap) {
        this.heap = heap;
    }

    /** What a run printed and how long it took from start to exit. */
    record Run(int exit, Duration wall, String out) {
    }

    List<String> flags() {
        return List.of("-Xmx" + heap, "-Dfile.encoding=UTF-8");
    }

    /**
     * Runs {@code mainClass} with {@code args}, standard output to {@code stdout} (or captured when null), standard
     * error to {@code stderr}; throws when it exits with anything but 0.
     */
    Run run(String mainClass, List<String> args, Path stdout, Path stderr) throws IOException, InterruptedException {
        return run(mainClass, List.of(), args, stdout, stderr);
    }

    /** As {@link #run(String, List, Path, Path)}, with {@code options} for the JVM after this one's flags. */
    Run run(String mainClass, List<String> options, List<String> args, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return run(command, new ProcessBuilder(command), stdout, stderr);
    }

    /**
     * Runs the launcher script users run ({@code ./reformgraph}) with {@code args}, this JVM's flags handed to it in
     * {@code JAVA_OPTS} (which the script passes to its java after its own options).
     */
    Run runLauncher(Path launcher, List<String> args, Path stdout, Path stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_OPTS", String.join(" ", flags()));
        return run(command, builder, stdout, stderr);
    }

    private Run run(List<String> command, ProcessBuilder builder, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        Path out = stdout != null ? stdout : Files.createTempFile("child", ".out");
        builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        long started = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        String printed = stdout != null ? "" : Files.readString(out);
        if (stdout == null) {
            Files.deleteIfExists(out);
        }
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + stderr);
        }
        return new Run(exit, wall, printed);
    }
}
