package org.reformgraph.loader.evaluation;

import java.util.List;

/**
 * A measure with what is said about it: one of the gold's or one read back from the graph.
 *
 * @param line         1-based line of the original text where the measure starts; 0 when unknown
 * @param number       its numbering as written, or null when the text gives none
 * @param title        its lead phrase, or null
 * @param attributions who leads, carries out or helps with it
 * @param mentions     agencies named in its text without a role, as written
 */
public record MeasureFacts(int line, String number, String title, List<AttributionFact> attributions,
                           List<String> mentions) {
    public MeasureFacts {
        attributions = List.copyOf(attributions);
        mentions = List.copyOf(mentions);
    }
}
