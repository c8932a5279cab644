package org.reformgraph.loader.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.store.PlanStore;

/**
 * The single writer of a folder load: stores prepared plans in the order it is given them, several to a write
 * transaction. A plan that failed before the store never reaches it, so it never lands. If writing or committing a
 * batch fails, the batch is aborted (the dataset is as it was before it) and each of its plans is loaded again on its
 * own, in its own transaction, so that only a plan that fails by itself is lost and the others land all the same.
 * Plans are written into the open transaction as they arrive and their graphs are not kept, so memory does not grow
 * with the batch; the price, paid only on a failure, is extracting the batch's plans again.
 */
final class BatchWriter implements AutoCloseable {
    private final PlanStore store;
    private final int batchPlans;
    private final LoadProfile profile;
    private final Function<PlanMetadata, LoadReport> loadAlone;
    private final Consumer<LoadReport> stored;
    private final Consumer<LoadException> failures;
    private final List<Written> written = new ArrayList<>();
    private PlanStore.Batch batch;

    /**
     * @param loadAlone loads one plan from scratch in its own transaction, throwing {@link LoadException} if it fails
     * @param stored    hears of each plan once its transaction has committed
     */
    BatchWriter(PlanStore store, int batchPlans, LoadProfile profile, Function<PlanMetadata, LoadReport> loadAlone,
                Consumer<LoadReport> stored, Consumer<LoadException> failures) {
        this.store = store;
        this.batchPlans = batchPlans;
        this.profile = profile;
        this.loadAlone = loadAlone;
        this.stored = stored;
        this.failures = failures;
    }

    private record Written(PlanMetadata plan, LoadReport draft, long writeNanos) {
    }

    void accept(PlanMetadata plan, InOrder.Outcome<PreparedPlan> outcome) {
        if (outcome.failure() != null) {
            failures.accept(outcome.failure());
            return;
        }
        PreparedPlan prepared = outcome.value();
        long started = System.nanoTime();
        try {
            if (batch == null) {
                batch = store.batch();
            }
            batch.replacePlan(prepared.emitted().graphIri(), prepared.emitted().model(), prepared.emitted().planIri(),
                    prepared.entry());
        } catch (RuntimeException e) {
            abortAndLoadAlone(plan, e);
            return;
        }
        written.add(new Written(plan, prepared.draft(), System.nanoTime() - started));
        if (written.size() >= batchPlans) {
            commit();
        }
    }

    /**
     * Opens the first transaction now, while the first plan is still being extracted, so that the work of opening it
     * (the ontology check, TDB2's first write) is not on the way once that plan is ready.
     */
    void begin() {
        if (batch == null) {
            try {
                batch = store.batch();
            } catch (RuntimeException e) {
                batch = null; // the first plan opens it again, and a failure then is handled as any failed batch
            }
        }
    }

    /** Commits what is left; a transaction that wrote no plan is aborted, so a load that stored nothing changes nothing. */
    void finish() {
        if (batch != null && written.isEmpty()) {
            batch.close();
            batch = null;
        } else if (batch != null) {
            commit();
        }
    }

    /** Aborts a transaction left open because the load stopped on an exception; what it wrote does not land. */
    @Override
    public void close() {
        if (batch != null) {
            batch.close();
            batch = null;
        }
    }

    private void commit() {
        long started = System.nanoTime();
        PlanStore.Batch committing = batch;
        batch = null;
        try {
            committing.commit();
        } catch (RuntimeException e) {
            committing.close();
            abortAndLoadAlone(null, e);
            return;
        }
        profile.transactionCommitted();
        long share = (System.nanoTime() - started) / written.size();
        List<Written> done = List.copyOf(written);
        written.clear();
        for (Written plan : done) {
            report(PreparedPlan.stored(plan.draft(), plan.writeNanos() + share));
        }
    }

    /** The batch failed: abort it, then load each of its plans (and {@code failing}, if any) alone. */
    private void abortAndLoadAlone(PlanMetadata failing, RuntimeException cause) {
        if (batch != null) {
            batch.close();
            batch = null;
        }
        List<PlanMetadata> again = new ArrayList<>();
        written.forEach(plan -> again.add(plan.plan()));
        written.clear();
        if (failing != null) {
            again.add(failing);
        }
        for (PlanMetadata plan : again) {
            try {
                LoadReport report = loadAlone.apply(plan);
                profile.transactionCommitted();
                report(report);
            } catch (LoadException e) {
                failures.accept(e);
            } catch (RuntimeException e) {
                failures.accept(new LoadException(plan.sourceFile() != null ? plan.sourceFile() : plan.id(), 0, "store failed: "
                        + (e.getMessage() != null ? e.getMessage() : e.toString()) + " (its batch failed first: "
                        + (cause.getMessage() != null ? cause.getMessage() : cause.toString()) + ")", e));
            }
        }
    }

    private void report(LoadReport report) {
        profile.add(report);
        stored.accept(report);
    }
}
