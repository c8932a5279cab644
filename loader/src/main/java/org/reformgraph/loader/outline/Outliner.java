package org.reformgraph.loader.outline;

import org.reformgraph.loader.clean.CleanText;

/** Stage 3, outline: recognises the numbering hierarchy and table rows, giving the tree of parts, sections, measures. */
public final class Outliner {
    public Outline outline(CleanText text) {
        throw new UnsupportedOperationException("to be implemented by the outline stage");
    }
}
