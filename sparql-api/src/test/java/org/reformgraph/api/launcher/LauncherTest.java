package org.reformgraph.api.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions of the launcher script {@code ./reformgraph}, run by bash as the script runs them: the measure of a load's
 * input ({@code load_input_bytes}), which decides whether the load runs with the quick JIT compiler alone (only the
 * PATH arguments count, never an option's value: the database folder may be gigabytes), and whether the unpacked
 * application still belongs to the jar ({@code unpacked_app_is_current}), and the JIT and GC options a load gets
 * ({@code load_jvm_options}), which depend on the memory the JVM will see ({@code memory_bytes}).
 */
class LauncherTest {
    private static String script;

    @BeforeAll
    static void readTheFunctions() throws IOException {
        Path file = Path.of("..", "reformgraph");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        script = function(file, text, "load_input_bytes() {") + function(file, text, "jar_stamp() {")
                + function(file, text, "unpacked_app_is_current() {") + function(file, text, "needs_build() {")
                + function(file, text, "load_jvm_options() {") + function(file, text, "memory_bytes() {");
    }

    private static String function(Path file, String text, String opening) {
        int start = text.indexOf(opening);
        int end = text.indexOf("\n}\n", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException(file.toAbsolutePath() + " has no function " + opening);
        }
        return text.substring(start, end + 3);
    }

    @Test
    void theUnpackedAppIsReplacedWhenTheJarWasBuiltAgain(@TempDir Path dir) throws Exception {
        Path jar = write(dir.resolve("reformgraph.jar"), 1000);
        Path app = Files.createDirectories(dir.resolve("reformgraph-app"));
        write(app.resolve("reformgraph.jar"), 10);
        assertEquals(1, run("unpacked_app_is_current \"$1\" \"$2\"", app.toString(), jar.toString()), "never stamped: unpack again");

        run("jar_stamp \"$2\" > \"$1/jar.stamp\"", app.toString(), jar.toString());
        assertEquals(0, run("unpacked_app_is_current \"$1\" \"$2\"", app.toString(), jar.toString()), "stamped by this jar");

        write(jar, 1000); // `./mvnw package` again: the same size, a later time
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 1));
        assertEquals(1, run("unpacked_app_is_current \"$1\" \"$2\"", app.toString(), jar.toString()), "a newer jar");

        run("jar_stamp \"$2\" > \"$1/jar.stamp\"", app.toString(), jar.toString());
        Files.delete(app.resolve("reformgraph.jar"));
        assertEquals(1, run("unpacked_app_is_current \"$1\" \"$2\"", app.toString(), jar.toString()), "half unpacked");
    }

    @Test
    void aChangedSourceRebuildsTheJarButAChangedTestOrBuildOutputDoesNot(@TempDir Path home) throws Exception {
        Path jar = write(Files.createDirectories(home.resolve("sparql-api/target")).resolve("reformgraph.jar"), 10);
        write(home.resolve("pom.xml"), 10);
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(home.resolve("pom.xml"), java.nio.file.attribute.FileTime.fromMillis(built.toMillis() - 60_000));
        String needsBuild = "HOME_DIR=\"$1\" JAR=\"$2\" needs_build";
        assertEquals(1, run(needsBuild, home.toString(), jar.toString()), "nothing newer than the jar");

        Path later = newerThan(built, write(Files.createDirectories(home.resolve("sparql-api/src/test/java")).resolve("T.java"), 5));
        newerThan(built, write(Files.createDirectories(home.resolve("loader/target/classes")).resolve("A.class"), 5));
        assertEquals(1, run(needsBuild, home.toString(), jar.toString()), "tests and build output are not in the jar: " + later);

        newerThan(built, write(Files.createDirectories(home.resolve("queries/src/main/resources")).resolve("q.rq"), 5));
        assertEquals(0, run(needsBuild, home.toString(), jar.toString()), "a query changed");
    }

    private static Path newerThan(java.nio.file.attribute.FileTime time, Path file) throws IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 60_000));
        return file;
    }

    @Test
    void filesAndFoldersGivenAsPathsAreCountedByTheirBytes(@TempDir Path dir) throws Exception {
        Path plan = write(dir.resolve("plan.txt"), 1000);
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        write(folder.resolve("a.txt"), 300);
        write(folder.resolve("catalog.ttl"), 200);
        assertEquals(1500, inputBytes(plan.toString(), folder.toString()));
    }

    @Test
    void optionValuesAreNotInputEvenWhenTheyNameAFolder(@TempDir Path dir) throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        write(db.resolve("Data-0001"), 50_000);
        Path plan = write(dir.resolve("plan.txt"), 700);
        assertEquals(700, inputBytes("--db", db.toString(), "--threads", "2", "--profile", plan.toString()));
        assertEquals(700, inputBytes("--db=" + db, "--jurisdiction", "武汉市", "--year=2023", plan.toString()));
    }

    @Test
    void aPathThatDoesNotExistCountsNothing(@TempDir Path dir) throws Exception {
        assertEquals(0, inputBytes(dir.resolve("missing.txt").toString()));
        assertEquals(0, inputBytes("--store", "http://127.0.0.1:3030/ds"));
    }

    @Test
    void aSmallLoadGetsTheQuickCompilerAloneAndALargerOneASmallerC2Budget() throws Exception {
        assertEquals("-XX:+UseParallelGC -XX:TieredStopAtLevel=1", loadOptions(999_999, ""));
        String larger = loadOptions(1_000_000, "-Xmx1g");
        assertEquals("-XX:+UseParallelGC -XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -XX:Tier4InvocationThreshold=20000"
                + " -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=200000", larger);
    }

    @Test
    void aCollectorNamedInJavaOptsIsNotJoinedByAnother() throws Exception {
        // two collectors stop the JVM ("Multiple garbage collectors selected"); JAVA_OPTS is the user's word
        assertEquals("-XX:TieredStopAtLevel=1", loadOptions(10, "-Xmx1g -XX:+UseG1GC"));
        assertEquals("-XX:TieredStopAtLevel=1", loadOptions(10, "-XX:+UseSerialGC"));
        assertEquals("-XX:+UseParallelGC -XX:TieredStopAtLevel=1", loadOptions(10, "-XX:+UseStringDeduplication"));
    }

    @Test
    void theYoungGenerationIsCappedOnlyWhereTheDefaultHeapIsLargeAndJavaOptsSizesNothing() throws Exception {
        long gib = 1024L * 1024 * 1024;
        String capped = "-XX:+UseParallelGC -XX:MaxNewSize=512m -XX:TieredStopAtLevel=1";
        assertEquals(capped, loadOptions(10, "", 24 * gib));
        assertEquals(capped, loadOptions(10, "-XX:+UseStringDeduplication", 8 * gib));
        // a default heap under 2 GiB: its young generation stays under 512 MB anyway, and a cap could exceed the heap
        assertEquals("-XX:+UseParallelGC -XX:TieredStopAtLevel=1", loadOptions(10, "", 8 * gib - 1));
        assertEquals("-XX:+UseParallelGC -XX:TieredStopAtLevel=1", loadOptions(10, "", 0), "memory unknown");
        // the user's sizing is left as it is
        for (String sized : List.of("-Xmx1g", "-Xmn300m", "-XX:MaxHeapSize=2g", "-XX:NewSize=64m", "-XX:MaxNewSize=1g",
                "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=8g", "-Dx=1 -Xmx2g")) {
            assertEquals("-XX:+UseParallelGC -XX:TieredStopAtLevel=1", loadOptions(10, sized, 24 * gib), sized);
        }
    }

    @Test
    void theMemoryIsTheMachinesOrALowerLimitOfItsControlGroup() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/meminfo")), "Linux's /proc/meminfo");
        Bash result = bash("memory_bytes");
        assertEquals(0, result.status(), result.out());
        long bytes = Long.parseLong(result.out());
        long machine = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        assertTrue(bytes > 0 && bytes <= machine, bytes + " of " + machine);
    }

    private static String loadOptions(long inputBytes, String javaOpts) throws IOException, InterruptedException {
        return loadOptions(inputBytes, javaOpts, 0);
    }

    private static String loadOptions(long inputBytes, String javaOpts, long memoryBytes)
            throws IOException, InterruptedException {
        Bash result = bash("load_jvm_options \"$1\" \"$2\" \"$3\"", Long.toString(inputBytes), javaOpts,
                Long.toString(memoryBytes));
        assertEquals(0, result.status(), result.out());
        return result.out();
    }

    private static Path write(Path file, int bytes) throws IOException {
        Files.write(file, new byte[bytes]);
        return file;
    }

    private static long inputBytes(String... args) throws IOException, InterruptedException {
        Bash result = bash("load_input_bytes \"$@\"", args);
        assertEquals(0, result.status(), result.out());
        return Long.parseLong(result.out());
    }

    /** Runs {@code line} after the script's functions, with {@code args} as $1, $2 …; its exit status. */
    private static int run(String line, String... args) throws IOException, InterruptedException {
        return bash(line, args).status();
    }

    private record Bash(int status, String out) {
    }

    private static Bash bash(String line, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script + "\n" + line, "launcher"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new Bash(process.waitFor(), out);
    }
}
