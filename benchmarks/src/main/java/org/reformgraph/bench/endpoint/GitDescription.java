package org.reformgraph.bench.endpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Which commit the benchmarked code is, from {@code git describe} in the checkout. */
final class GitDescription {
    private GitDescription() {
    }

    static String of(Path checkout) {
        try {
            Process git = new ProcessBuilder("git", "-C", checkout.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 && !text.isEmpty() ? "commit " + text : "an unknown commit";
        } catch (java.io.IOException e) {
            return "an unknown commit";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "an unknown commit";
        }
    }
}
