package org.reformgraph.loader.pipeline;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The options a load's JVM was started with that change its speed (heap, collector, JIT), for its profile: a load's
 * time depends on them as much as on the code (the launcher picks JIT and GC options by the size of the input), so a
 * profile that left them out could not be compared with another, nor a peer run under the same options.
 */
public final class JvmFlags {
    /** How the profile line of the options begins, for whoever reads a profile back. */
    public static final String PROFILE_LINE_PREFIX = "  jvm: ";

    // -XX: options that change start-up, output or diagnostics, not the work
    private static final List<String> NOT_SPEED = List.of("SharedArchiveFile", "ArchiveClassesAtExit", "Unlock",
            "Print", "StartFlightRecording", "FlightRecorder", "Log");

    private JvmFlags() {
    }

    /** This JVM's speed options, in the order given. */
    public static List<String> ofThisJvm() {
        return speedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * The heap ({@code -Xmx}, {@code -Xms}, {@code -Xmn}, {@code -Xss}) and {@code -XX:} options among a JVM's
     * arguments, except those of class-data sharing and logging, which change start-up and output, not the work.
     */
    public static List<String> speedOptions(List<String> arguments) {
        return arguments.stream().filter(JvmFlags::isSpeedOption).toList();
    }

    private static boolean isSpeedOption(String argument) {
        if (argument.startsWith("-XX:")) {
            String name = argument.substring(4).replaceFirst("^[+-]", "");
            return NOT_SPEED.stream().noneMatch(name::startsWith);
        }
        return argument.startsWith("-Xmx") || argument.startsWith("-Xms") || argument.startsWith("-Xmn")
                || argument.startsWith("-Xss");
    }

    /** The profile line: {@code jvm: <options>}, or that the JVM ran on its defaults. */
    public static String profileLine(List<String> speedOptions) {
        return PROFILE_LINE_PREFIX + (speedOptions.isEmpty() ? "the defaults (no heap, collector or JIT option)"
                : String.join(" ", speedOptions));
    }
}
