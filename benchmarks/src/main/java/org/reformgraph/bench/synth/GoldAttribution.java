package org.reformgraph.bench.synth;

/**
 * Who the generator meant to carry a measure, and in what role.
 *
 * @param role      lead, responsible or cooperating
 * @param agency    the agency as written
 * @param inherited true when the plan states it once for a whole section rather than at the measure
 */
public record GoldAttribution(Role role, Agency agency, boolean inherited) {

    public enum Role {
        LEAD, RESPONSIBLE, COOPERATING;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
