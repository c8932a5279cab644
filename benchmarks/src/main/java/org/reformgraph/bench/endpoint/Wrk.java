package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Load from many clients at once with wrk ({@code /usr/bin/wrk}): requests per second and latency percentiles. */
public record Wrk(int threads, Duration duration) {
    public static final String BINARY = "/usr/bin/wrk";

    /** One wrk run; {@code errors} counts non-2xx answers, socket errors and timeouts together. */
    public record Result(String target, int connections, double requestsPerSecond, double p50Millis, double p99Millis,
                         long requests, long errors) {
    }

    public static Optional<String> missing() {
        return Files.isExecutable(Path.of(BINARY)) ? Optional.empty() : Optional.of(BINARY + " is not installed (Debian package wrk)");
    }

    public Result run(String target, String url, int connections, Path workDir) {
        Path log = workDir.resolve("wrk-" + Math.abs((target + connections).hashCode()) + ".log");
        ChildProcess.run("wrk " + target, List.of(BINARY, "-t" + Math.min(threads, connections), "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "60s", "--latency", "-H", "Accept: " + SparqlPeer.JSON, url),
                workDir, log, duration.plusMinutes(2));
        try {
            return parse(target, connections, Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read wrk's output " + log, e);
        }
    }

    static Result parse(String target, int connections, String output) {
        double rps = number(output, "Requests/sec:\\s+([\\d.]+)").orElseThrow(() ->
                new IllegalStateException("no Requests/sec in wrk's output:\n" + output));
        long requests = (long) (double) number(output, "(\\d+) requests in").orElse(0.0);
        long errors = (long) (double) number(output, "Non-2xx or 3xx responses:\\s+(\\d+)").orElse(0.0);
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Result(target, connections, rps, millis(output, "50%"), millis(output, "99%"), requests, errors);
    }

    private static Optional<Double> number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    /** A latency-distribution line such as {@code 99%   12.34ms}, in milliseconds. */
    private static double millis(String text, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s|m)\\b").matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }
}
