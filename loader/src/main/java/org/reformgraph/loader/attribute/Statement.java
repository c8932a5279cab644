package org.reformgraph.loader.attribute;

import java.util.List;
import org.reformgraph.loader.Span;

/**
 * One attribution statement found in the text: its whole extent and the attributions it makes.
 *
 * @param labelled true for the labelled forms (牵头部门：…, 责任单位：…): the only ones taken for a section's closing
 *                 block when they stand at the end of the section's last measure
 */
record Statement(Span evidence, List<Attribution> attributions, boolean labelled) {
    Statement {
        attributions = List.copyOf(attributions);
    }
}
