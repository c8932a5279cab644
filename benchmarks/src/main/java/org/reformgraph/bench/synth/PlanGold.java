package org.reformgraph.bench.synth;

import java.util.List;
import java.util.Set;
import org.reformgraph.loader.catalog.PlanMetadata;

/**
 * The answer key of one synthetic plan, written beside it as {@code NAME.gold.json}.
 *
 * @param metadata  what the catalog says of it
 * @param form      its attribution form
 * @param numbering its numbering style
 * @param noise     the defects put into its text
 * @param encoding  the file's character encoding (UTF-8 or GB18030)
 * @param measures  its measures in order
 */
public record PlanGold(PlanMetadata metadata, AttributionForm form, NumberingStyle numbering, Set<Noise> noise,
                       String encoding, List<GoldMeasure> measures) {
}
