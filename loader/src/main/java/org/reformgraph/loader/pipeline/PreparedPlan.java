package org.reformgraph.loader.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.EmittedPlan;

/**
 * A plan that went through every stage but the store: its graph emitted and validated, its catalog entry made.
 *
 * @param draft the load report it will have once stored, without the store's time
 */
record PreparedPlan(PlanMetadata plan, EmittedPlan emitted, Model entry, LoadReport draft) {

    /** The report of a draft once stored, {@code storeNanos} being its share of the writing. */
    static LoadReport stored(LoadReport draft, long storeNanos) {
        Map<String, Duration> stages = new LinkedHashMap<>(draft.stages());
        stages.merge("store", Duration.ofNanos(storeNanos), Duration::plus);
        return new LoadReport(draft.planId(), draft.graphIri(), draft.measures(), draft.attributions(), draft.agencies(),
                draft.mentions(), draft.triples(), draft.warnings(), draft.took().plusNanos(storeNanos),
                draft.reformTypes(), draft.targets(), stages);
    }
}
