package org.reformgraph.loader.tag;

import java.util.List;

/**
 * One topic of a topic scheme (B-READY or China's national indicators).
 *
 * @param iri           the concept's IRI
 * @param schemeIri     the scheme it belongs to
 * @param labelZh       its Chinese preferred label
 * @param headingLabels {@link MatchKey} forms of the wordings that, in a heading, name this topic
 * @param keywords      {@link MatchKey} forms of the words that suggest it in a measure's text
 */
public record Topic(String iri, String schemeIri, String labelZh, List<String> headingLabels, List<String> keywords) {
    public Topic {
        headingLabels = List.copyOf(headingLabels);
        keywords = List.copyOf(keywords);
    }
}
