package org.reformgraph.loader.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import org.reformgraph.loader.Warning;

/**
 * What loading one plan did: printed by the command line, returned by the HTTP load.
 *
 * @param reformTypes the reform type occurrences stored
 * @param targets     the targets stored
 * @param stages      how long each stage took for this plan, in the order they ran (names as in
 *                    {@link LoadProfile#STAGES}); a plan stored in a batch carries its own write and an equal share
 *                    of the batch's commit under {@code store}
 */
public record LoadReport(String planId, String graphIri, int measures, int attributions, int agencies, int mentions,
                         long triples, List<Warning> warnings, Duration took, int reformTypes, int targets,
                         Map<String, Duration> stages) {
    public LoadReport {
        warnings = List.copyOf(warnings);
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** A report without stage times. */
    public LoadReport(String planId, String graphIri, int measures, int attributions, int agencies, int mentions,
                      long triples, List<Warning> warnings, Duration took, int reformTypes, int targets) {
        this(planId, graphIri, measures, attributions, agencies, mentions, triples, warnings, took, reformTypes, targets,
                Map.of());
    }

    /** The same report with other warnings. */
    LoadReport withWarnings(List<Warning> other) {
        return new LoadReport(planId, graphIri, measures, attributions, agencies, mentions, triples, other, took,
                reformTypes, targets, stages);
    }
}
