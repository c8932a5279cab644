package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.clean.CleanText;

/**
 * Where headings were lost, numbering restarts (1. 2. 3. 1. 2.) or items sit beside parts (1. … 三、): each such run
 * of items is wrapped in an implicit section standing for the lost heading, so that paths stay unique. A run is a
 * sequence of siblings of one style with increasing numbers; the siblings' highest-ranking style stays unwrapped
 * while its numbers keep increasing.
 */
final class LostHeadings {
    private LostHeadings() {
    }

    static List<NodeBuilder> regroup(List<NodeBuilder> siblings, StyleOrder order, CleanText text, List<Warning> warnings) {
        for (NodeBuilder node : siblings) {
            List<NodeBuilder> regrouped = new ArrayList<>(regroup(node.children, order, text, warnings));
            node.children.clear();
            node.children.addAll(regrouped);
        }
        List<List<NodeBuilder>> runs = runs(siblings, text, warnings);
        if (runs.size() <= 1) {
            return siblings;
        }
        NumberingStyle primary = null;
        for (NodeBuilder node : siblings) {
            if (primary == null || order.isAbove(node.style(), primary)) {
                primary = node.style();
            }
        }
        final NumberingStyle top = primary;
        boolean primaryIncreasing = true;
        int lastValue = 0;
        for (NodeBuilder node : siblings) {
            if (node.style() == top) {
                primaryIncreasing &= node.numbering.value() > lastValue;
                lastValue = node.numbering.value();
            }
        }
        List<NodeBuilder> out = new ArrayList<>();
        for (List<NodeBuilder> run : runs) {
            if (run.get(0).style() == top && primaryIncreasing) {
                out.addAll(run);
            } else {
                NodeBuilder section = NodeBuilder.implicit();
                section.children.addAll(run);
                out.add(section);
            }
        }
        return out;
    }

    private static List<List<NodeBuilder>> runs(List<NodeBuilder> siblings, CleanText text, List<Warning> warnings) {
        List<List<NodeBuilder>> runs = new ArrayList<>();
        List<NodeBuilder> run = null;
        for (NodeBuilder node : siblings) {
            NodeBuilder last = run == null ? null : run.get(run.size() - 1);
            if (last != null && last.style() == node.style() && node.numbering.value() > last.numbering.value()) {
                if (node.numbering.value() > last.numbering.value() + 1) {
                    warnings.add(new Warning("outline", text.originalLine(node.heading.start()), "numbering skips from "
                            + last.numbering.written() + " to " + node.numbering.written()));
                }
                run.add(node);
                continue;
            }
            if (last != null && last.style() == node.style()) {
                warnings.add(new Warning("outline", text.originalLine(node.heading.start()), "numbering restarts at "
                        + node.numbering.written() + " after " + last.numbering.written()
                        + " without a heading between: grouped under an implicit section"));
            }
            run = new ArrayList<>();
            run.add(node);
            runs.add(run);
        }
        return runs;
    }
}
