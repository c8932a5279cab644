package org.reformgraph.loader.outline;

import org.reformgraph.loader.Span;

/**
 * What a table row adds to a measure.
 *
 * @param rowNumber      the 序号 as written
 * @param innovation     true when the row is marked as the jurisdiction's own innovation (a leading {@code *},
 *                       自主创新举措)
 * @param groupTitle     the 工作措施 cell that applies to this row's group, or null when none is known
 * @param implementsPath the {@link OutlineNode#path()} of the narrative measure this row implements, or null where
 *                       the text does not allow the link
 * @param agencyCell     the span of the 责任单位 cell in the cleaned text, or null when the row has none
 */
public record TableRow(String rowNumber, boolean innovation, String groupTitle, String implementsPath, Span agencyCell) {
}
