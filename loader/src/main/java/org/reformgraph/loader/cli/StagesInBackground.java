package org.reformgraph.loader.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.reformgraph.loader.pipeline.Stages;

/**
 * The pipeline's stages, being built on a thread of their own while the command does what does not need them; once
 * they are handed over, the same thread goes on to warm them up (load what they would load on first use). A failure to
 * build them is thrown by {@link #get()}, as it would have been by building them there.
 */
final class StagesInBackground {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagesInBackground.class);
    private final CompletableFuture<Stages> stages = new CompletableFuture<>();

    private StagesInBackground() {
    }

    static StagesInBackground start(Supplier<Stages> build, Runnable warmUp) {
        StagesInBackground background = new StagesInBackground();
        Thread thread = new Thread(() -> background.buildThenWarmUp(build, warmUp), "reformgraph-stages");
        // a daemon, so that a command that fails before it needs the stages exits without waiting for them
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    private void buildThenWarmUp(Supplier<Stages> build, Runnable warmUp) {
        try {
            stages.complete(build.get());
        } catch (Throwable failure) {
            stages.completeExceptionally(failure);
            return;
        }
        try {
            warmUp.run();
        } catch (RuntimeException e) {
            // not lost: the stages load the same on first use, and a failure there names the plan and the stage
            LOG.debug("warming up the stages failed", e);
        }
    }

    /** The stages, once built: waits for them if need be (not for the warm-up). */
    Stages get() {
        try {
            return stages.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
