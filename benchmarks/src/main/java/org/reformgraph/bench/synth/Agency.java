package org.reformgraph.bench.synth;

/**
 * An agency as a synthetic plan writes it.
 *
 * @param kind the kind of body, the same across names and levels (e.g. {@code drc} for 市发改委, 区发改局, 省发展改革委)
 * @param name the name as written in the plan
 */
public record Agency(String kind, String name) {
}
