package org.reformgraph.loader.evaluation;

import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

/**
 * One agency's role in one measure, as the gold states it or as the graph holds it.
 *
 * @param agency    the agency's name as written (gold) or its {@code rg:surfaceForm} (extracted)
 * @param role      lead, responsible or cooperating
 * @param basis     explicit or first-listed; null when the graph gives none
 * @param inherited stated once for a whole section
 */
public record AttributionFact(String agency, Role role, Basis basis, boolean inherited) {
}
