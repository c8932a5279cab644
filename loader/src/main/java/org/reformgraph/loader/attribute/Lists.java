package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;

/** Turning a list of names under one role into attributions. */
final class Lists {
    private Lists() {
    }

    /** Every name with the given role, ranked by its position, basis explicit. */
    static List<Attribution> explicit(List<ListedName> names, Role role, Span evidence, double confidence) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ListedName n = names.get(i);
            out.add(new Attribution(n.surface(), role, i + 1, Basis.EXPLICIT, n.span(), evidence, false, confidence));
        }
        return out;
    }

    /**
     * A list of responsible units where the text names no lead: by convention the first leads (basis first-listed),
     * the others are responsible.
     */
    static List<Attribution> firstListedLeads(List<ListedName> names, Span evidence, double confidence) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ListedName n = names.get(i);
            if (i == 0) {
                double lead = names.size() == 1 ? Confidence.round(confidence - Confidence.SOLE_LISTED_DISCOUNT) : Confidence.FIRST_LISTED_LEAD;
                out.add(new Attribution(n.surface(), Role.LEAD, 1, Basis.FIRST_LISTED, n.span(), evidence, false, lead));
            } else {
                out.add(new Attribution(n.surface(), Role.RESPONSIBLE, i + 1, Basis.EXPLICIT, n.span(), evidence, false, confidence));
            }
        }
        return out;
    }
}
