package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Warning;

/** A plan's structure: its top-level nodes in document order, and what could not be placed. */
public record Outline(List<OutlineNode> roots, List<Warning> warnings) {

    public Outline {
        roots = List.copyOf(roots);
        warnings = List.copyOf(warnings);
    }

    /** Every measure, depth first in document order. */
    public List<OutlineNode> measures() {
        List<OutlineNode> out = new ArrayList<>();
        collect(roots, out);
        return out;
    }

    private static void collect(List<OutlineNode> nodes, List<OutlineNode> out) {
        for (OutlineNode node : nodes) {
            if (node.isMeasure()) {
                out.add(node);
            }
            collect(node.children(), out);
        }
    }
}
