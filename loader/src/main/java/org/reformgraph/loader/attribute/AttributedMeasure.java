package org.reformgraph.loader.attribute;

import java.util.List;
import org.reformgraph.loader.outline.OutlineNode;

/** A measure with who is responsible for it and which agencies it names. */
public record AttributedMeasure(OutlineNode measure, List<Attribution> attributions, List<AgencyMention> mentions) {
    public AttributedMeasure {
        attributions = List.copyOf(attributions);
        mentions = List.copyOf(mentions);
    }
}
