package org.reformgraph.loader.pipeline;

import java.time.Duration;
import java.util.List;
import org.reformgraph.loader.Warning;

/**
 * What loading one plan did: printed by the command line, returned by the HTTP load.
 *
 * @param reformTypes the reform type occurrences stored
 * @param targets     the targets stored
 */
public record LoadReport(String planId, String graphIri, int measures, int attributions, int agencies, int mentions,
                         long triples, List<Warning> warnings, Duration took, int reformTypes, int targets) {
    public LoadReport {
        warnings = List.copyOf(warnings);
    }
}
