package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLibraryTest {
    private static final String PLANS = """
            # title: Plans
            # title@zh: 方案
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            SELECT ?plan WHERE { ?plan a rg:Plan }
            """;

    @Test
    void theShippedLibraryLoadsFromTheClasspathAndEveryQueryParses() {
        QueryLibrary library = QueryLibrary.fromClasspath();
        assertTrue(library.size() >= 3, "the queries module ships its .rq files under queries/");
        NamedQuery byAgency = library.get("measures-by-agency").orElseThrow();
        assertEquals("Measures of one agency", byAgency.title());
        assertEquals("某部门负责的措施", byAgency.titles().get("zh"));
        QueryParameter agency = byAgency.parameter("agency").orElseThrow();
        assertEquals("iri", agency.type().toString());
        assertTrue(agency.required());
        for (NamedQuery q : library.all()) {
            assertFalse(q.title().isBlank(), q.name());
            q.parse();
        }
    }

    @Test
    void readsAFolderAndIgnoresOtherFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("plans.rq"), PLANS);
        Files.writeString(folder.resolve("notes.txt"), "not a query");
        QueryLibrary library = QueryLibrary.fromFolder(folder);
        assertEquals(1, library.size());
        assertEquals("方案", library.get("plans").orElseThrow().titles().get("zh"));
        assertTrue(library.get("notes").isEmpty());
    }

    @Test
    void listsTheQueriesInsideAJarOnTheClasspath(@TempDir Path folder) throws IOException {
        Path jar = folder.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/")); // as the Maven jar plugin writes it: folders have entries
            out.closeEntry();
            add(out, "queries/plans.rq", PLANS);
            add(out, "queries/sub/nested.rq", PLANS); // not directly in queries/: not part of the library
            add(out, "other/elsewhere.rq", PLANS);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            QueryLibrary library = QueryLibrary.fromClasspath(loader);
            assertEquals(1, library.size());
            assertEquals("Plans", library.get("plans").orElseThrow().title());
        }
    }

    @Test
    void aBrokenFileFailsTheLibraryNamingTheFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("plans.rq"), PLANS);
        Files.writeString(folder.resolve("broken.rq"), "# title: Broken\nSELECT ?x WHERE { ?x ?p }\n");
        QueryLibraryException e = assertThrows(QueryLibraryException.class, () -> QueryLibrary.fromFolder(folder));
        assertTrue(e.getMessage().contains("broken.rq:2"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path folder) {
        QueryLibraryException e = assertThrows(QueryLibraryException.class,
                () -> QueryLibrary.fromFolder(folder.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"));
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
