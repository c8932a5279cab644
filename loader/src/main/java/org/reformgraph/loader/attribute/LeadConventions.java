package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * What a measure's own first-listed lead becomes when the plan says more about leads than the measure's list does.
 */
final class LeadConventions {
    private LeadConventions() {
    }

    /**
     * The section names the lead (牵头单位 given once for the section): the measure's own 责任单位 list are all
     * responsible, none of them leads, each as sure as the statement that lists it.
     */
    static List<Attribution> underSectionLead(Statement statement) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : statement.attributions()) {
            if (a.basis() != Basis.FIRST_LISTED) {
                out.add(a);
            } else {
                out.add(new Attribution(a.surface(), Role.RESPONSIBLE, a.rank(), Basis.EXPLICIT, a.surfaceSpan(),
                        a.evidence(), a.inherited(), formConfidence(statement, a)));
            }
        }
        return out;
    }

    /** The confidence of the statement's form, before a first-listed lead was discounted. */
    private static double formConfidence(Statement statement, Attribution firstListed) {
        return statement.attributions().stream().filter(x -> x.basis() == Basis.EXPLICIT)
                .mapToDouble(Attribution::confidence).max()
                .orElse(Confidence.round(firstListed.confidence() + Confidence.SOLE_LISTED_DISCOUNT));
    }

    /** The notice says that the first unit listed leads (第一责任单位为牵头单位): the lead is stated, not guessed. */
    static Attribution underNoticeConvention(Attribution a) {
        if (a.basis() != Basis.FIRST_LISTED) {
            return a;
        }
        return new Attribution(a.surface(), a.role(), a.rank(), Basis.EXPLICIT, a.surfaceSpan(), a.evidence(),
                a.inherited(), Confidence.NOTICE_CONVENTION);
    }

    /**
     * A section's statements added to a measure's own: an agency the measure names itself is not repeated from the
     * section, and keeps the stronger of the two roles (lead over responsible over cooperating). Within the measure's
     * own statements nothing is merged: each inline group has its own first-listed lead.
     */
    static List<Attribution> withInherited(List<Attribution> own, List<Attribution> inherited) {
        List<Attribution> out = new ArrayList<>(own);
        for (Attribution i : inherited) {
            List<Attribution> same = out.stream().filter(a -> a.surface().equals(i.surface())).toList();
            if (same.isEmpty()) {
                out.add(i);
            } else if (same.stream().allMatch(a -> i.role().ordinal() < a.role().ordinal())) {
                out.removeAll(same);
                out.add(i);
            }
        }
        return out;
    }
}
