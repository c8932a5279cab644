package org.reformgraph.loader.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The seed plans, for tests: where surefire says they are, else found by walking up from the working directory. */
public final class Seeds {
    public static final String WUHAN = "000_99b205d77e7190ac.txt";
    public static final String XIAMEN = "001_f8c864038247f383.txt";
    public static final String GUANGZHOU = "002_b3011f46f47b348f.txt";
    public static final String SHANGHAI = "003_746cb864f4adb819.txt";
    public static final String DONGXIHU = "004_5adb9ef32ff991ea.txt";
    public static final List<String> ALL = List.of(WUHAN, XIAMEN, GUANGZHOU, SHANGHAI, DONGXIHU);

    private Seeds() {
    }

    public static Path folder() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder with a catalog.ttl above " + Paths.get("").toAbsolutePath()
                + "; set -Dreformgraph.seeds");
    }

    public static Path path(String name) {
        return folder().resolve(name);
    }

    public static SourceText read(String name) {
        return new PlanReader().read(path(name));
    }

    public static Stream<String> names() {
        return ALL.stream();
    }
}
