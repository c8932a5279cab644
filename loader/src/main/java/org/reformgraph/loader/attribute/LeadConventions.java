package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Each agency once per measure, in its strongest role (lead over responsible over cooperating); among equal roles
     * the first statement wins. A plan that names a unit twice for one measure still gives it one role.
     */
    static List<Attribution> oncePerAgency(List<Attribution> attributions) {
        Map<String, Attribution> byAgency = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            Attribution kept = byAgency.get(a.surface());
            if (kept == null || a.role().ordinal() < kept.role().ordinal()) {
                byAgency.put(a.surface(), a);
            }
        }
        return new ArrayList<>(byAgency.values());
    }
}
