package org.reformgraph.loader.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.reformgraph.loader.pipeline.Stages;

/**
 * The pipeline's stages, being built on a thread of their own while the command does what does not need them. A
 * failure to build them is thrown by {@link #get()}, as it would have been by building them there.
 */
final class StagesInBackground {
    private final CompletableFuture<Stages> stages;

    private StagesInBackground(CompletableFuture<Stages> stages) {
        this.stages = stages;
    }

    static StagesInBackground start(Supplier<Stages> build) {
        // a daemon, so that a command that fails before it needs the stages exits without waiting for them
        return new StagesInBackground(CompletableFuture.supplyAsync(build, task -> {
            Thread thread = new Thread(task, "reformgraph-stages");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** The stages, once built: waits for them if need be. */
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
