package org.reformgraph.loader.tag;

import java.util.List;

/**
 * What the tag stage found for one measure. Spans index the cleaned text of the plan.
 *
 * @param measurePath the measure's {@link org.reformgraph.loader.outline.OutlineNode#path()}
 * @param reformTypes every reform type named, in document order
 * @param topics      at least one topic (see {@link TopicTagger})
 * @param targets     every quantitative target, in document order
 */
public record MeasureTags(String measurePath, List<ReformTypeOccurrence> reformTypes, List<TopicAssignment> topics,
                          List<Target> targets) {
    public MeasureTags {
        reformTypes = List.copyOf(reformTypes);
        topics = List.copyOf(topics);
        targets = List.copyOf(targets);
    }
}
