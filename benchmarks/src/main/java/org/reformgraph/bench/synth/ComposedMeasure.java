package org.reformgraph.bench.synth;

import java.util.List;

/**
 * A measure's wording before it is numbered and attributed.
 *
 * @param heading  its short heading, e.g. 提升企业开办效率。
 * @param body     its sentences
 * @param intended the reform types the composer put in on purpose (the Zipf draws)
 * @param targets  the target phrases it states, as written
 * @param mentions agencies named inside its text (not attributions)
 */
public record ComposedMeasure(String heading, String body, List<ReformType> intended, List<String> targets,
                              List<Agency> mentions) {
}
