package org.reformgraph.api.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a client program that is not ours (Python, Node) as a separate process and reads the JSON it prints. The
 * programs live in {@code src/test/clients/}; each prints one JSON document on standard output.
 */
final class ExternalClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private ExternalClient() {
    }

    /** The folder of the client programs, from the module folder (Maven's working directory) or the repository root. */
    static Path clients() {
        for (Path candidate : List.of(Path.of("src/test/clients"), Path.of("sparql-api/src/test/clients"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no src/test/clients folder under " + Path.of("").toAbsolutePath());
    }

    /** Whether the command runs and exits with 0 (used to find out if a client is installed). */
    static boolean succeeds(Path workingDirectory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the command and parses what it prints; a non-zero exit fails with its standard error. */
    static JsonNode run(Path workingDirectory, String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("reformgraph-client", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectError(err.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String stdout = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8) + stdout);
            }
            return JSON.readTree(stdout);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
