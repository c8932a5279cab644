package org.reformgraph.loader.attribute;

import org.reformgraph.loader.Span;

/** One agency name of a list, as written, and where it stands in the cleaned text. */
record ListedName(String surface, Span span) {
}
