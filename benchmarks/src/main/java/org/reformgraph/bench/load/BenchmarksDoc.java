package org.reformgraph.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/BENCHMARKS.md, where each benchmark owns one section between {@code <!-- bench:NAME:start -->} and
 * {@code <!-- bench:NAME:end -->}: a run replaces its own section and leaves the rest of the file alone.
 */
final class BenchmarksDoc {
    static final String HEADER = "# Benchmarks\n\nEach section is written by the benchmark it names; see the section "
            + "for the command that regenerates it.\n";

    private BenchmarksDoc() {
    }

    /** {@code document} with the section {@code name} replaced by {@code body}, or appended if it has none. */
    static String withSection(String document, String name, String body) {
        String start = "<!-- bench:" + name + ":start -->";
        String end = "<!-- bench:" + name + ":end -->";
        String section = start + "\n" + body.strip() + "\n" + end;
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from >= 0 && to > from) {
            return document.substring(0, from) + section + document.substring(to + end.length());
        }
        String base = document.isBlank() ? HEADER : document.stripTrailing() + "\n";
        return base + "\n" + section + "\n";
    }

    static void write(Path file, String name, String body) throws IOException {
        String document = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, withSection(document, name, body), StandardCharsets.UTF_8);
    }
}
