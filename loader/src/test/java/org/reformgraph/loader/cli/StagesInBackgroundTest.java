package org.reformgraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.pipeline.Stages;
import org.reformgraph.loader.pipeline.TestOntology;
import org.reformgraph.loader.pipeline.SimpleStages;
import picocli.CommandLine;

class StagesInBackgroundTest {
    @TempDir
    Path dir;

    @Test
    void theStagesAreBuiltOnAThreadOfTheirOwnAndHandedOverWhole() {
        Stages built = new SimpleStages().stages(TestOntology.standard());
        AtomicReference<Thread> builder = new AtomicReference<>();
        StagesInBackground stages = StagesInBackground.start(() -> {
            builder.set(Thread.currentThread());
            return built;
        }, () -> { });
        assertSame(built, stages.get());
        assertNotEquals(Thread.currentThread(), builder.get());
        assertTrue(builder.get().isDaemon(), "a command that fails early does not wait for the stages");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theWarmUpFollowsOnTheSameThreadAndNobodyWaitsForIt() throws InterruptedException {
        Stages built = new SimpleStages().stages(TestOntology.standard());
        AtomicReference<Thread> builder = new AtomicReference<>();
        AtomicReference<Thread> warmer = new AtomicReference<>();
        CountDownLatch warming = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StagesInBackground stages = StagesInBackground.start(() -> {
            builder.set(Thread.currentThread());
            return built;
        }, () -> {
            warmer.set(Thread.currentThread());
            warming.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertSame(built, stages.get(), "handed over while the warm-up still runs");
            warming.await();
            assertSame(builder.get(), warmer.get());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aWarmUpThatFailsLeavesTheStagesAsBuilt() {
        Stages built = new SimpleStages().stages(TestOntology.standard());
        StagesInBackground stages = StagesInBackground.start(() -> built, () -> {
            throw new IllegalStateException("no models in this jar");
        });
        assertSame(built, stages.get());
    }

    @Test
    void aFailureToBuildThemIsThrownAsItself() {
        LoadException broken = new LoadException("shapes.ttl", 12, "expected a shape");
        StagesInBackground stages = StagesInBackground.start(() -> {
            throw broken;
        }, () -> { });
        assertSame(broken, assertThrows(LoadException.class, stages::get));
    }

    @Test
    // a command that waited for the stages would wait forever here; join() cannot be interrupted, hence the thread
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLoadWhosePathIsWrongFailsWithoutWaitingForTheStages() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Environment slow = new Environment(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SimpleStages().stages(TestOntology.standard());
        }, TestOntology::standard);
        StringWriter err = new StringWriter();
        CommandLine commandLine = LoaderCli.commandLine(slow);
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        try {
            int exit = commandLine.execute("load", "--db", dir.resolve("db").toString(), dir.resolve("missing").toString());
            assertNotEquals(0, exit);
            assertTrue(err.toString().contains("no such file or folder"), err.toString());
            assertTrue(Files.notExists(dir.resolve("db")), "nothing was opened or written");
        } finally {
            never.countDown();
        }
    }

    @Test
    void aLoadUsesTheStagesItsEnvironmentBuilds() throws Exception {
        Path plan = Files.writeString(dir.resolve("Plan_A.txt"), "一、优化准入\n1.破除准入壁垒。推进改革（市发改委负责）。\n");
        int[] builds = {0};
        Environment counted = new Environment(() -> {
            builds[0]++;
            return new SimpleStages().stages(TestOntology.standard());
        }, TestOntology::standard);
        CommandLine commandLine = LoaderCli.commandLine(counted);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, commandLine.execute("load", "--db", dir.resolve("db").toString(), "--jurisdiction", "湖北省武汉市",
                plan.toString()), err.toString());
        assertEquals(1, builds[0]);
    }
}
