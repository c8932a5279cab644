package org.reformgraph.loader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** raptor's {@code rapper}, an RDF parser that shares no code with Jena, run as a child process to count statements. */
public final class Rapper {
    private static final Pattern RETURNED = Pattern.compile("returned (\\d+) (?:triples|statements|quads)");

    private Rapper() {
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder("rapper", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Parses the file with {@code rapper -c}; fails with rapper's own words if it reports an error. */
    public static long count(Path file, String syntax) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("rapper", "-i", syntax, "-c", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("Error")) {
            throw new AssertionError("rapper could not parse " + file + ":\n" + output);
        }
        Matcher m = RETURNED.matcher(output);
        if (!m.find()) {
            throw new AssertionError("rapper printed no count:\n" + output);
        }
        return Long.parseLong(m.group(1));
    }
}
