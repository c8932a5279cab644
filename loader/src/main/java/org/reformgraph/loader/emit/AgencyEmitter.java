package org.reformgraph.loader.emit;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.ontology.RG;

/**
 * The agencies a plan names, each with every surface form this plan used for it, and their jurisdictions. Only the
 * agencies actually used by the graph are written (call {@link #use} for each), so nothing dangles.
 */
final class AgencyEmitter {
    private final EmitContext context;
    private final JurisdictionEmitter jurisdictions;
    private final Map<String, ResolvedAgency> byKey = new TreeMap<>();
    private final Map<String, Set<String>> surfacesByKey = new TreeMap<>();

    AgencyEmitter(EmitContext context) {
        this.context = context;
        this.jurisdictions = new JurisdictionEmitter(context.iris());
    }

    /** Notes that {@code surface} named {@code agency} and returns the agency's resource. */
    Resource use(String surface, ResolvedAgency agency) {
        byKey.putIfAbsent(agency.key(), agency);
        surfacesByKey.computeIfAbsent(agency.key(), k -> new TreeSet<>()).add(surface);
        return context.resource(context.iris().agency(agency.key()));
    }

    int count() {
        return byKey.size();
    }

    /** Writes the agencies noted so far. */
    void emit() {
        for (ResolvedAgency agency : byKey.values()) {
            Resource resource = context.resource(context.iris().agency(agency.key()));
            resource.addProperty(RDF.type, RG.Agency)
                    .addLiteral(SKOS.prefLabel, Literals.zh(agency.prefLabel()));
            for (String surface : surfacesByKey.get(agency.key())) {
                // SKOS keeps a label out of altLabel when it is the prefLabel
                if (!surface.equals(agency.prefLabel())) {
                    resource.addLiteral(SKOS.altLabel, Literals.zh(surface));
                }
            }
            for (String type : agency.agencyTypes()) {
                resource.addProperty(RG.agencyType, context.resource(IriMinter.agencyType(type)));
            }
            if (agency.jurisdiction() != null) {
                resource.addProperty(RG.jurisdiction, jurisdictions.emit(context.model(), agency.jurisdiction()));
            }
        }
    }
}
