package org.reformgraph.loader.tag;

import org.reformgraph.loader.Span;

/**
 * A reform type named in a measure.
 *
 * @param conceptSlug the curated concept's slug, or for a candidate the slug minted from its pinyin
 * @param label       the words as they stand in the text (quotes and 、 included when they fall inside the match)
 * @param span        where, in the text the tagger was given
 * @param quoted      the occurrence stands inside quotation marks
 * @param candidate   true for a quoted term not (yet) in the curated scheme
 * @param confidence  in [0, 1]
 */
public record ReformTypeOccurrence(String conceptSlug, String label, Span span, boolean quoted, boolean candidate,
                                   double confidence) {
}
