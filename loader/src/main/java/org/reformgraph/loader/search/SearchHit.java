package org.reformgraph.loader.search;

/**
 * One resource found: its IRI and kind, the plan of the graph it was found in (null outside a plan graph), a label to
 * show, its score (the best of its matching literals) and a snippet of the best literal, HTML-escaped, with the
 * matched words in {@code <em>}.
 */
public record SearchHit(String iri, String type, String plan, String label, float score, String snippet) {
}
