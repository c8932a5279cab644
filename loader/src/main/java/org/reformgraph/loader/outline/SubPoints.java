package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds the numbered sub-points of a measure ((1) (2) under a 1. item) into the measure: their lines, and any block
 * that closed them, become the measure's own text, so the measure's body runs to the end of its last sub-point.
 */
final class SubPoints {
    private SubPoints() {
    }

    static void fold(NodeBuilder measure) {
        if (measure.children.isEmpty() && measure.closingLines.isEmpty()) {
            return;
        }
        List<TextLine> lines = new ArrayList<>(measure.ownLines);
        collect(measure.children, lines);
        lines.addAll(measure.closingLines);
        lines.sort(Comparator.comparingInt(TextLine::start));
        measure.children.clear();
        measure.closingLines.clear();
        measure.ownLines.clear();
        measure.ownLines.addAll(lines);
    }

    private static void collect(List<NodeBuilder> nodes, List<TextLine> out) {
        for (NodeBuilder node : nodes) {
            out.addAll(node.ownLines);
            out.addAll(node.closingLines);
            collect(node.children, out);
        }
    }
}
