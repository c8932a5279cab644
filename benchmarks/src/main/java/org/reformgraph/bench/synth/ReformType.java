package org.reformgraph.bench.synth;

import java.util.List;

/**
 * A concept of the reform-type scheme ({@code reform-types.ttl}).
 *
 * @param iri    the concept's IRI
 * @param label  its Chinese prefLabel, which the generator writes into measures
 * @param labels the prefLabel and every altLabel, by which a measure's text names the concept
 */
public record ReformType(String iri, String label, List<String> labels) {
}
