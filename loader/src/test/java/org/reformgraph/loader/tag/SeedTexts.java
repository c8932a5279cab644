package org.reformgraph.loader.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/** The seed plans as tests see them: found through {@code reformgraph.seeds}, or by walking up to {@code seeds/}. */
final class SeedTexts {
    static final String WUHAN = "000_99b205d77e7190ac.txt";
    static final String XIAMEN = "001_f8c864038247f383.txt";
    static final String GUANGZHOU = "002_b3011f46f47b348f.txt";
    static final String SHANGHAI = "003_746cb864f4adb819.txt";
    static final String DONGXIHU = "004_5adb9ef32ff991ea.txt";

    /** Seed file → the city it counts for in cross-city questions (Dongxihu is a district of Wuhan). */
    static final Map<String, String> CITY = new LinkedHashMap<>();

    static {
        CITY.put(WUHAN, "wuhan");
        CITY.put(XIAMEN, "xiamen");
        CITY.put(GUANGZHOU, "guangzhou");
        CITY.put(SHANGHAI, "shanghai");
        CITY.put(DONGXIHU, "wuhan");
    }

    private SeedTexts() {
    }

    static String read(String file) {
        try {
            String text = Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir() {
        String configured = System.getProperty("reformgraph.seeds");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder: set -Dreformgraph.seeds");
    }
}
