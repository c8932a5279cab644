package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The server jar this build made (what the launcher, the benchmarks and {@code java -jar} run) holds this build's own
 * modules, byte for byte. An incremental {@code ./mvnw package} after a change to the loader alone once left the
 * previous loader inside it: the jar plugin kept sparql-api's jar as "up to date" (it was the last build's fat jar)
 * and Spring Boot does not repackage a jar that is already repackaged.
 */
class ServerJarIsCurrentTest {
    private static final List<String> MODULES = List.of("ontology", "loader", "queries");

    @Test
    void theServerJarHoldsTheModulesThisBuildMade() throws IOException {
        Path jarFile = Path.of(System.getProperty("reformgraph.jar", "../sparql-api/target/reformgraph.jar"));
        assumeTrue(Files.isRegularFile(jarFile), "no server jar at " + jarFile.toAbsolutePath()
                + " (built by ./mvnw package in sparql-api)");
        Path repo = jarFile.toAbsolutePath().getParent().getParent().getParent();
        try (ZipFile server = new ZipFile(jarFile.toFile())) {
            for (String module : MODULES) {
                Path built = moduleJar(repo.resolve(module).resolve("target"), module);
                ZipEntry nested = server.getEntry("BOOT-INF/lib/" + built.getFileName());
                assertNotNull(nested, jarFile + " has no BOOT-INF/lib/" + built.getFileName());
                try (InputStream in = server.getInputStream(nested)) {
                    assertArrayEquals(Files.readAllBytes(built), in.readAllBytes(), jarFile + " holds another build of "
                            + built.getFileName() + " than " + built + ": the server jar was not repackaged");
                }
            }
        }
    }

    /** The module's main jar in its target folder (not its test or source jar). */
    private static Path moduleJar(Path target, String module) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith("reformgraph-" + module + "-") && name.endsWith(".jar")
                        && !name.endsWith("-tests.jar") && !name.endsWith("-sources.jar");
            }).toList();
            assertEquals(1, jars.size(), "one jar of the " + module + " module expected in " + target + ": " + jars);
            return jars.get(0);
        }
    }
}
