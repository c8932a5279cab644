package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/BENCHMARKS.md, where each benchmark owns the text between {@code <!-- bench:NAME:start -->} and
 * {@code <!-- bench:NAME:end -->}: a run replaces its own section and leaves the others' alone.
 */
public final class BenchmarksDoc {
    private BenchmarksDoc() {
    }

    static String start(String name) {
        return "<!-- bench:" + name + ":start -->";
    }

    static String end(String name) {
        return "<!-- bench:" + name + ":end -->";
    }

    /** The document with this benchmark's section replaced, or appended as a new {@code ## heading} when absent. */
    public static String replaceSection(String document, String name, String heading, String body) {
        String start = start(name);
        String end = end(name);
        String section = start + "\n" + body.strip() + "\n" + end;
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from >= 0 && to > from) {
            return document.substring(0, from) + section + document.substring(to + end.length());
        }
        if (from >= 0 || to >= 0) {
            throw new IllegalArgumentException("docs/BENCHMARKS.md has only one of " + start + " and " + end);
        }
        String base = document.isBlank() ? "# Benchmarks\n" : document.stripTrailing() + "\n";
        return base + "\n## " + heading + "\n\n" + section + "\n";
    }

    public static void write(Path file, String name, String heading, String body) {
        try {
            String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Files.writeString(file, replaceSection(document, name, heading, body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }
}
