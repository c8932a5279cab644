package org.reformgraph.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line, against a dataset that already holds a plan: each is refused with a message
 * naming the file (and the line where there is one), the exit code is 1, and the dataset's quads are exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadInputErrorsTest {
    Path temp;
    Path db;
    TreeSet<String> before;
    Cli firstLoad;

    @BeforeAll
    void datasetHoldingXiamen(@TempDir Path temp) {
        this.temp = temp;
        db = temp.resolve("db");
        firstLoad = Cli.run("load", "--db", db, TestPlans.xiamen());
        assertEquals(0, firstLoad.exit(), firstLoad.err());
        before = Quads.of(db);
        assertTrue(before.size() > 1000, "xiamen-2022 is stored: " + before.size());
    }

    @Test
    void anEmptyFile() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        refused(file, "empty");
    }

    @Test
    void aBinaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(8).nextBytes(bytes);
        bytes[10] = 0;
        refused(write("binary.txt", bytes), "binary");
    }

    @Test
    void textInNoEncodingTheLoaderReads() throws IOException {
        // valid UTF-8 lines, then a line of bytes that are neither UTF-8 nor GB18030
        byte[] head = "厦门市优化营商环境行动方案\n一、总体要求\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, '\n'};
        refused(write("undecodable.txt", concat(head, bad)), "cannot decode the text as UTF-8 or GB18030");
    }

    @Test
    void utf8MixedWithGbkIsRefusedWhereTheEncodingChanges() throws IOException {
        byte[] utf8 = "厦门市优化营商环境行动方案\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "一、总体要求\n".getBytes(Charset.forName("GBK"));
        Cli run = Cli.run("load", "--db", db, "--jurisdiction", "厦门市", write("mixed.txt", concat(utf8, gbk)));
        // GB18030 decodes almost any byte sequence, so a mixed file may decode to nonsense rather than fail:
        // either way it must not be stored as a plan unless the text made sense to the loader
        assertUnchangedUnlessLoaded(run, "mixed.txt");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = temp.resolve("huge.txt");
        byte[] plan = Files.readAllBytes(TestPlans.xiamen());
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += plan.length) {
                out.write(plan);
            }
        }
        long heapBefore = usedHeap();
        Cli run = refused(file, "MB; plans over");
        assertTrue(usedHeap() - heapBefore < 40L * 1024 * 1024, "the file was not read into memory");
        assertTrue(run.err().contains("50.0 MB") || run.err().contains("50.1 MB"), run.err());
    }

    @Test
    void aFileWithNoNumberingIsRefused() throws IOException {
        Path file = write("prose.txt", ("厦门市优化营商环境工作情况\n\n今年以来，我市持续优化营商环境，企业满意度稳步提升。"
                + "下一步将继续深化改革，推动政务服务提质增效。\n").getBytes(StandardCharsets.UTF_8));
        refused(file, "no numbered measures found");
    }

    /** No gazetteer says 火星市 does not exist; the plan never naming it is what gives it away: a warning, not a refusal. */
    @Test
    void aJurisdictionThePlanNeverNamesIsWarnedOf(@TempDir Path other) throws IOException {
        Path file = write("mars.txt", Files.readAllBytes(TestPlans.xiamen()));
        Cli run = Cli.run("load", "--db", other.resolve("db"), "--jurisdiction", "火星市", file);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("warning: catalog: mars.txt never names its jurisdiction '火星市' (nor '火星')"), run.out());
    }

    @Test
    void theRightJurisdictionGivesNoSuchWarning() {
        assertTrue(!firstLoad.out().contains("never names its jurisdiction"), firstLoad.out());
    }

    @Test
    void aCatalogWithADuplicatePlanIdIsRefusedWhole() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("duplicate"));
        Files.copy(TestPlans.xiamen(), folder.resolve("a.txt"));
        Files.copy(TestPlans.xiamen(), folder.resolve("b.txt"));
        Files.writeString(folder.resolve("catalog.ttl"), entry("same-id", "a.txt") + entry("same-id", "b.txt"));
        Cli run = Cli.run("load", "--db", db, folder);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("catalog.ttl") && run.err().contains("same-id"), run.err());
        assertEquals(before, Quads.of(db));
    }

    @Test
    void aCatalogEntryWhoseFileIsMissingIsRefusedWhole() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("missing"));
        Files.copy(TestPlans.xiamen(), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("catalog.ttl"), entry("plan-a", "a.txt") + entry("plan-b", "gone.txt"));
        Cli run = Cli.run("load", "--db", db, folder);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("gone.txt is missing"), run.err());
        assertEquals(before, Quads.of(db));
    }

    @Test
    void aMissingPathIsRefused() {
        Cli run = Cli.run("load", "--db", db, "--jurisdiction", "厦门市", temp.resolve("nowhere.txt"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nowhere.txt: no such file or folder"), run.err());
        assertEquals(before, Quads.of(db));
    }

    /** The semantics of a folder load: every plan is tried, each failure reported, the good ones stored whole. */
    @Test
    void aFolderLoadGoesOnPastAFailingPlanAndExitsNonZero(@TempDir Path other) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("partly"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.copy(TestPlans.xiamen(), folder.resolve("good.txt"));
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.writeString(folder.resolve("catalog.ttl"), entry("plan-empty", "empty.txt") + entry("plan-good", "good.txt")
                + entry("plan-binary", "binary.txt"));
        Path fresh = other.resolve("db");
        Cli run = Cli.run("load", "--db", fresh, folder);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("empty.txt") && run.err().contains("binary.txt"), run.err());
        assertTrue(run.out().contains("plan-good:") && run.out().contains("loaded 1 plan"), run.out());
        TreeSet<String> quads = Quads.of(fresh);
        assertTrue(quads.stream().anyMatch(q -> q.contains("/graph/plan-good>")), "the good plan is stored");
        assertTrue(quads.stream().noneMatch(q -> q.contains("/graph/plan-empty>") || q.contains("/graph/plan-binary>")));
        assertTrue(quads.stream().noneMatch(q -> q.contains("plan/plan-empty>") || q.contains("plan/plan-binary>")),
                "failed plans get no catalog entry");
    }

    private Cli refused(Path file, String expected) {
        Cli run = Cli.run("load", "--db", db, "--jurisdiction", "厦门市", file);
        System.out.println("input " + file.getFileName() + " → exit " + run.exit() + ": " + run.err().strip().replace("\n", " | "));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(file.getFileName().toString()), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.out().contains("loaded 0 plans"), run.out());
        assertEquals(before, Quads.of(db));
        return run;
    }

    private void assertUnchangedUnlessLoaded(Cli run, String fileName) {
        System.out.println("input " + fileName + " → exit " + run.exit() + ": " + (run.err() + run.out()).strip().replace("\n", " | "));
        if (run.exit() != 0) {
            assertTrue(run.err().contains(fileName), run.err());
            assertEquals(before, Quads.of(db));
        } else {
            assertTrue(run.out().contains("loaded 1 plan"), run.out());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static String entry(String id, String file) {
        return """
                <plan/%1$s> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/identifier> "%1$s" ;
                    <https://w3id.org/reformgraph/ontology#jurisdiction> <jurisdiction/xiamen> ;
                    <http://www.w3.org/ns/dcat#distribution> [ <https://w3id.org/reformgraph/ontology#sourceFile> "%2$s" ] .
                <jurisdiction/xiamen> <http://www.w3.org/2000/01/rdf-schema#label> "厦门市"@zh ;
                    <https://w3id.org/reformgraph/ontology#level> <https://w3id.org/reformgraph/ontology#City> .
                """.formatted(id, file);
    }
}
