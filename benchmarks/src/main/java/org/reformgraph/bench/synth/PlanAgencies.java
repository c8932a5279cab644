package org.reformgraph.bench.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reformgraph.loader.Jurisdiction;

/**
 * The agencies of one plan. A plan settles on one name per kind (as real plans mostly do) but now and then writes
 * another variant of the same body (市发改委 in the notice, 市发展和改革委员会 below it), at the configured rate.
 */
final class PlanAgencies {
    private final AgencyDirectory directory;
    private final Jurisdiction jurisdiction;
    private final Random random;
    private final double variantRate;
    private final List<String> kinds;
    private final Map<String, String> usual = new HashMap<>();

    PlanAgencies(AgencyDirectory directory, Jurisdiction jurisdiction, Random random, double variantRate) {
        this.directory = directory;
        this.jurisdiction = jurisdiction;
        this.random = random;
        this.variantRate = variantRate;
        this.kinds = directory.kinds(jurisdiction);
    }

    /** The body of this kind as the plan names it here; falls back to any kind when the level has none of it. */
    Agency of(String kind) {
        List<String> names = directory.names(kind, jurisdiction);
        if (names.isEmpty()) {
            return any();
        }
        String name = usual.computeIfAbsent(kind, k -> names.get(random.nextInt(names.size())));
        if (names.size() > 1 && random.nextDouble() < variantRate) {
            name = names.get(random.nextInt(names.size()));
        }
        return new Agency(kind, name);
    }

    Agency any() {
        return of(kinds.get(random.nextInt(kinds.size())));
    }

    Jurisdiction jurisdiction() {
        return jurisdiction;
    }
}
