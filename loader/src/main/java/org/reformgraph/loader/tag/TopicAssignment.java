package org.reformgraph.loader.tag;

/**
 * A topic a measure addresses.
 *
 * @param topicIri   the topic concept
 * @param confidence in [0, 1]
 * @param basis      {@link #HEADING} when a heading (the measure's own or an enclosing section's) names the topic,
 *                   {@link #WORDS} when inferred from the words of the measure (or of its section), {@link #NEIGHBOUR}
 *                   when, as a last resort, taken from the nearest measure before (or after) it that has topics
 */
public record TopicAssignment(String topicIri, double confidence, String basis) {
    public static final String HEADING = "heading";
    public static final String WORDS = "words";
    public static final String NEIGHBOUR = "neighbour";
}
