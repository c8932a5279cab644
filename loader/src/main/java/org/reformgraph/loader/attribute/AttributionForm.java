package org.reformgraph.loader.attribute;

import java.util.List;
import org.reformgraph.loader.Span;

/**
 * One written form of attribution statement (a bracketed labelled block, an inline 负责, a labelled line …). Forms are
 * independent: the attributor asks each for the statements it finds and keeps them all, so a new form is a new class.
 */
interface AttributionForm {
    /** The statements of this form lying within {@code region} of the cleaned text, in document order. */
    List<Statement> find(String text, Span region);
}
