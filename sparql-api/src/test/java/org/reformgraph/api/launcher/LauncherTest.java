package org.reformgraph.api.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The launcher script's measure of a load's input ({@code load_input_bytes} in {@code ./reformgraph}), which decides
 * whether the load runs with the quick JIT compiler alone: only the PATH arguments count, never an option's value
 * (the database folder may be gigabytes).
 */
class LauncherTest {
    private static String function;

    @BeforeAll
    static void readTheFunction() throws IOException {
        Path script = Path.of("..", "reformgraph");
        String text = Files.readString(script, StandardCharsets.UTF_8);
        int start = text.indexOf("load_input_bytes() {");
        int end = text.indexOf("\n}\n", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException(script.toAbsolutePath() + " has no load_input_bytes function");
        }
        function = text.substring(start, end + 3);
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

    private static Path write(Path file, int bytes) throws IOException {
        Files.write(file, new byte[bytes]);
        return file;
    }

    private static long inputBytes(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", function + "\nload_input_bytes \"$@\"", "launcher"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), out);
        return Long.parseLong(out);
    }
}
