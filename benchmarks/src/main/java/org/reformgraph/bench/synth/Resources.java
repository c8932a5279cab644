package org.reformgraph.bench.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the generator's word lists from the classpath: one entry a line, '#' comments and blank lines skipped. */
final class Resources {
    private Resources() {
    }

    /** The meaningful lines of a resource beside this class, each with its line number for error messages. */
    static List<Line> lines(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the classpath (org/reformgraph/bench/synth/)");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(new Line(name, number, text.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return lines;
    }

    /** One line of a resource file. */
    record Line(String file, int number, String text) {
        IllegalStateException error(String expected) {
            return new IllegalStateException(file + " line " + number + ": " + expected + ", found '" + text + "'");
        }
    }
}
