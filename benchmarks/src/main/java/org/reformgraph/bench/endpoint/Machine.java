package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where and when a run happened: what the figures depend on besides the code. */
public record Machine(Instant date, int cores, String loadAverage, String java) {
    public static Machine now() {
        return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                readLoadAverage(), Java.version());
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg. */
    static String readLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }
}
