package org.reformgraph.loader.resolve;

import java.util.List;
import org.reformgraph.loader.Jurisdiction;

/**
 * One body in one jurisdiction, however it was written.
 *
 * @param key          stable identifier, unique across all plans: {@code jurisdictionSlug/agencySlug}; the IRI is
 *                     minted from it, so the same body always gets the same IRI
 * @param prefLabel    the full canonical name, e.g. 武汉市发展和改革委员会
 * @param jurisdiction the jurisdiction the body belongs to
 * @param agencyTypes  local names of its concepts in the agency-type scheme (several for a merged body); empty when
 *                     the type is unknown
 */
public record ResolvedAgency(String key, String prefLabel, Jurisdiction jurisdiction, List<String> agencyTypes) {
    public ResolvedAgency {
        agencyTypes = List.copyOf(agencyTypes);
    }
}
