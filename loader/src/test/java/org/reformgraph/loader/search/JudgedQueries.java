package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.reformgraph.ontology.RG;

/**
 * The judged queries of {@code judged-queries.tsv}: for each query, the measures a reader expects it to find. Lines
 * are {@code query <TAB> planId/path <TAB> reason}; {@code #} starts a comment.
 */
record JudgedQueries(Map<String, Set<String>> relevant) {
    static final String RESOURCE = "judged-queries.tsv";

    static JudgedQueries load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " next to " + JudgedQueries.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JudgedQueries parse(String text) {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3 || fields[2].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected query, planId/path and a reason, separated by tabs: " + line);
            }
            relevant.computeIfAbsent(fields[0], q -> new LinkedHashSet<>()).add(RG.DEFAULT_BASE + "plan/" + fields[1]);
        }
        return new JudgedQueries(relevant);
    }
}
