package org.reformgraph.loader.attribute;

import org.reformgraph.loader.Span;

/**
 * An agency named inside a measure's text without being attributed a role.
 *
 * @param surface    the name as written (cleaned text)
 * @param span       where it stands, in the cleaned text
 * @param method     how it was found, e.g. {@code dictionary} or {@code hanlp-ner}
 * @param confidence in [0,1]
 */
public record AgencyMention(String surface, Span span, String method, double confidence) {
}
