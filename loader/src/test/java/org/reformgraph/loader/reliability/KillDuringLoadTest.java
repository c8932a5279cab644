package org.reformgraph.loader.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a load: a real loader process is killed while it is inside the write transaction
 * of a big plan. Started again, the dataset opens, the plan loaded before is intact, the half-written plan is absent.
 */
class KillDuringLoadTest {
    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aLoaderKilledInsideItsWriteTransactionLeavesTheDatasetAsItWas(@TempDir Path temp) throws Exception {
        Path db = temp.resolve("db");
        assertEquals(0, Cli.run("load", "--db", db, TestPlans.xiamen()).exit());
        TreeSet<String> before = Quads.of(db);
        Quads.release(db);
        Path big = Files.writeString(temp.resolve("big.txt"), TestPlans.syntheticPlan("厦门市进一步优化营商环境行动方案", 8, 15));

        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                // the store says when it is inside the write transaction, at debug level
                "-Dorg.slf4j.simpleLogger.log.org.reformgraph.loader.store=debug",
                "org.reformgraph.loader.cli.LoaderCli", "load", "--db", db.toString(), "--jurisdiction", "厦门市", big.toString())
                .redirectErrorStream(true).start();
        List<String> heard = new ArrayList<>();
        boolean killedInside = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                heard.add(line);
                if (line.contains("DEBUG") && line.contains("writing") && line.contains("/graph/big ")) {
                    child.destroyForcibly();
                    killedInside = true;
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(killedInside, "the child reached the write transaction: " + heard);
        assertFalse(heard.stream().anyMatch(l -> l.startsWith("loaded ")), "killed before it finished: " + heard);
        assertEquals(137, child.exitValue(), "SIGKILL");

        // started again: opens (the dead process's lock is taken over), earlier plan intact, big plan absent
        TreeSet<String> after = Quads.of(db);
        List<String> traces = after.stream().filter(q -> q.contains("/graph/big>") || q.contains("/plan/big")).limit(5).toList();
        assertTrue(traces.isEmpty(), "no trace of the half-loaded plan: " + traces + " heard: " + heard);
        assertEquals(before, after);
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
