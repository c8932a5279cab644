package org.reformgraph.bench.synth;

import java.util.List;

/**
 * What the generator wrote as one measure: the answer key for extraction.
 *
 * @param ordinal      1-based position in the plan
 * @param marker       its number as written, e.g. 12. or （十二） or ③ or 7 (a table row)
 * @param part         the part heading it stands under
 * @param section      its topic section's heading
 * @param topic        the topic key, e.g. market-entry
 * @param heading      its own heading
 * @param reformTypes  every reform type its text names (those drawn on purpose, and any named by a heading or object)
 * @param targets      target phrases, as written
 * @param deadline     the deadline written beside its units, or null
 * @param attributions its lead, responsible and cooperating units; empty when the plan attributes nothing
 * @param mentions     agencies named inside its text
 */
public record GoldMeasure(int ordinal, String marker, String part, String section, String topic, String heading,
                          List<ReformType> reformTypes, List<String> targets, String deadline,
                          List<GoldAttribution> attributions, List<Agency> mentions) {
}
