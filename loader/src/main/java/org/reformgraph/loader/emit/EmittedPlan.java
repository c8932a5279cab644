package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;

/**
 * A plan's graph and what it holds, for the load report.
 *
 * @param reformTypes the reform type occurrences written
 * @param targets     the targets written
 */
public record EmittedPlan(String planIri, String graphIri, Model model, int measures, int attributions, int mentions,
                          int agencies, int reformTypes, int targets) {
}
