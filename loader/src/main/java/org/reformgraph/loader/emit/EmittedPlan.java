package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;

/** A plan's graph and what it holds, for the load report. */
public record EmittedPlan(String planIri, String graphIri, Model model, int measures, int attributions, int mentions,
                          int agencies) {
}
