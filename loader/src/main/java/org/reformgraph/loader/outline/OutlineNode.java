package org.reformgraph.loader.outline;

import java.util.List;
import org.reformgraph.loader.Span;

/**
 * One node of a plan's outline.
 *
 * @param kind      part, section or measure
 * @param number    the numbering as written, e.g. {@code 一、} {@code （一）} {@code 1.}, or the row number of a table
 *                  row; empty when the text has none
 * @param ordinal   1-based position among its siblings of the same kind
 * @param path      a stable identifier within the plan, built from ordinals, e.g. {@code 2.1.3} for part 2,
 *                  section 1, measure 3, or {@code t15} for table row 15: the same text always gives the same path
 * @param title     the heading or the measure's lead phrase (e.g. 破除市场准入壁垒), without its number; may be empty
 * @param span      the node's whole extent in the cleaned text, heading and children included
 * @param bodySpan  the measure's own text (after its number), in the cleaned text
 * @param children  nested nodes, in document order
 * @param tableRow  non-null when the node is a row of a table
 */
public record OutlineNode(NodeKind kind, String number, int ordinal, String path, String title, Span span,
                          Span bodySpan, List<OutlineNode> children, TableRow tableRow) {

    public OutlineNode {
        children = List.copyOf(children);
    }

    public boolean isMeasure() {
        return kind == NodeKind.MEASURE;
    }
}
