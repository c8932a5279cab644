package org.reformgraph.loader.attribute;

import java.util.List;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.Outline;

/** Stage 4, attribute: who is responsible for each measure, and which agencies each measure names. */
public final class Attributor {
    /** One entry per measure of the outline, in the outline's order. */
    public List<AttributedMeasure> attribute(CleanText text, Outline outline) {
        throw new UnsupportedOperationException("to be implemented by the attribute stage");
    }
}
