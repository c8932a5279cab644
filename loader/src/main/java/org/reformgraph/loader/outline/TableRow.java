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
 * @param agencyCell     the span of the row's unit cells in the cleaned text — the 责任单位 cell, or, when the table
 *                       also has a 牵头单位 column, both cells from the lead's start to the last unit — or null when
 *                       the row has none
 * @param leadCell       the span of the 牵头单位 cell, inside {@code agencyCell}, when the table has a lead column of
 *                       its own (its units lead explicitly; the rest of {@code agencyCell} is responsible); else null
 */
public record TableRow(String rowNumber, boolean innovation, String groupTitle, String implementsPath, Span agencyCell,
                       Span leadCell) {

    /** A row of a table without a lead column of its own. */
    public TableRow(String rowNumber, boolean innovation, String groupTitle, String implementsPath, Span agencyCell) {
        this(rowNumber, innovation, groupTitle, implementsPath, agencyCell, null);
    }
}
