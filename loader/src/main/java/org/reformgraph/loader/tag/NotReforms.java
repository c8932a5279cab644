package org.reformgraph.loader.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quoted terms that are not reform types (走出去, 一带一路, 一站式 …), each with the reason it was excluded. Read from
 * {@code not-reforms.txt}: one term per line, then {@code # reason}; blank lines and lines starting with {@code #}
 * are comments.
 */
public final class NotReforms {
    static final String RESOURCE = "/org/reformgraph/loader/tag/not-reforms.txt";
    private final Map<String, String> reasonByKey;

    private NotReforms(Map<String, String> reasonByKey) {
        this.reasonByKey = Collections.unmodifiableMap(reasonByKey);
    }

    public static NotReforms load() {
        try (InputStream in = NotReforms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the list format; {@code source} names the input in error messages. */
    public static NotReforms parse(Reader reader, String source) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int hash = trimmed.indexOf('#');
            if (hash < 0) {
                throw new IllegalArgumentException(source + " line " + number + ": \"" + trimmed
                        + "\" has no \"# reason\"; every excluded term must say why");
            }
            String term = trimmed.substring(0, hash).strip();
            String reason = trimmed.substring(hash + 1).strip();
            if (term.isEmpty() || reason.isEmpty()) {
                throw new IllegalArgumentException(source + " line " + number + ": expected \"term # reason\"");
            }
            out.put(MatchKey.normalise(term), reason);
        }
        return new NotReforms(out);
    }

    public boolean contains(String term) {
        return reasonByKey.containsKey(MatchKey.normalise(term));
    }

    /** Why a term is excluded, or null when it is not. */
    public String reason(String term) {
        return reasonByKey.get(MatchKey.normalise(term));
    }

    public int size() {
        return reasonByKey.size();
    }
}
