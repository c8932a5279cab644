package org.reformgraph.loader.resolve;

import org.reformgraph.loader.Jurisdiction;

/** Stage 5, resolve: an agency's name as written, in a plan of some jurisdiction, to the body it names. */
public final class AgencyResolver {
    /**
     * @param surface          the name as written, e.g. 市发改委, 南沙区政府, 广州市税务局
     * @param planJurisdiction the jurisdiction of the plan the name appears in: 市… means this city, 区… this district
     */
    public ResolvedAgency resolve(String surface, Jurisdiction planJurisdiction) {
        throw new UnsupportedOperationException("to be implemented by the resolve stage");
    }
}
