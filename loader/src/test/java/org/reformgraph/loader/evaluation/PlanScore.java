package org.reformgraph.loader.evaluation;

import java.util.List;

/**
 * How the loader did on one corpus plan.
 *
 * @param file    the plan's text file
 * @param forms   the forms the plan exercises
 * @param tally   its counts
 * @param failure why loading failed, or null
 * @param misses  human-readable notes on what was missed or wrongly found, for debugging a form
 */
public record PlanScore(String file, List<String> forms, Tally tally, String failure, List<String> misses) {
    public PlanScore {
        forms = List.copyOf(forms);
        misses = List.copyOf(misses);
    }
}
