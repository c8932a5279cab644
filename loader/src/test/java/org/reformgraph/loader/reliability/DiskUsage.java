package org.reformgraph.loader.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The disk space a folder takes, as {@code du -sk} counts it. TDB2's index files are sparse (extended 8 MB at a time,
 * written as needed), so their apparent sizes, all Java can read, say little about what a dataset holds on disk.
 */
final class DiskUsage {
    private DiskUsage() {
    }

    static boolean available() {
        try {
            return run(Path.of(".")) >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static long bytes(Path folder) {
        try {
            return run(folder);
        } catch (IOException e) {
            throw new IllegalStateException("du failed on " + folder, e);
        }
    }

    private static long run(Path folder) throws IOException {
        Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            du.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Long.parseLong(out.split("\\s+")[0]) * 1024;
    }
}
