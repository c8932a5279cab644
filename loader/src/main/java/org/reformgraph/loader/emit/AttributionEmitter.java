package org.reformgraph.loader.emit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.attribute.AgencyMention;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attribution;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.ontology.RG;

/**
 * Who does what: each attribution as a full statement plus the measure→agency shortcut its role implies, and each
 * mention. Surfaces that resolved to no agency are left out; attribution and mention numbers still follow the
 * document order of the attribute stage's lists, so the IRIs of the others do not move.
 */
final class AttributionEmitter {
    private final EmitContext context;
    private final AgencyEmitter agencies;
    private final Map<String, ResolvedAgency> bySurface;
    private int attributions;
    private int mentions;

    AttributionEmitter(EmitContext context, AgencyEmitter agencies, Map<String, ResolvedAgency> bySurface) {
        this.context = context;
        this.agencies = agencies;
        this.bySurface = bySurface;
    }

    void emit(List<AttributedMeasure> measures) {
        for (AttributedMeasure measure : measures) {
            emit(measure);
        }
    }

    int attributions() {
        return attributions;
    }

    int mentions() {
        return mentions;
    }

    private void emit(AttributedMeasure attributed) {
        String measureIri = context.iris().node(context.planId(), attributed.measure().path());
        Resource measure = context.resource(measureIri);
        Set<String> attributedAgencies = new HashSet<>();
        int n = 0;
        for (Attribution attribution : attributed.attributions()) {
            n++;
            ResolvedAgency agency = bySurface.get(attribution.surface());
            if (agency == null) {
                continue;
            }
            attributedAgencies.add(agency.key());
            attribution(measure, context.iris().attribution(measureIri, n), attribution, agencies.use(attribution.surface(), agency));
        }
        n = 0;
        for (AgencyMention mention : attributed.mentions()) {
            n++;
            ResolvedAgency agency = bySurface.get(mention.surface());
            if (agency == null) {
                continue;
            }
            Resource agencyResource = agencies.use(mention.surface(), agency);
            mention(measure, context.iris().mention(measureIri, n), mention, agencyResource);
            // rg:mentionsAgency is for agencies named but not attributed
            if (!attributedAgencies.contains(agency.key())) {
                measure.addProperty(RG.mentionsAgency, agencyResource);
            }
        }
    }

    private void attribution(Resource measure, String iri, Attribution attribution, Resource agency) {
        context.resource(iri)
                .addProperty(RDF.type, RG.Attribution)
                .addProperty(RG.measure, measure)
                .addProperty(RG.agency, agency)
                .addProperty(RG.role, role(attribution))
                .addLiteral(RG.rank, Literals.integer(attribution.rank()))
                .addProperty(RG.basis, switch (attribution.basis()) {
                    case EXPLICIT -> RG.Explicit;
                    case FIRST_LISTED -> RG.FirstListed;
                })
                .addLiteral(RG.inherited, Literals.bool(attribution.inherited()))
                .addLiteral(RG.surfaceForm, Literals.zh(attribution.surface()))
                .addLiteral(RG.confidence, Literals.decimal(attribution.confidence()))
                .addProperty(RG.evidence, context.spans().span(attribution.evidence()));
        switch (attribution.role()) {
            case LEAD -> measure.addProperty(RG.leadAgency, agency).addProperty(RG.responsibleAgency, agency);
            case RESPONSIBLE -> measure.addProperty(RG.responsibleAgency, agency);
            case COOPERATING -> measure.addProperty(RG.cooperatingAgency, agency);
        }
        attributions++;
    }

    private static Resource role(Attribution attribution) {
        return switch (attribution.role()) {
            case LEAD -> RG.Lead;
            case RESPONSIBLE -> RG.Responsible;
            case COOPERATING -> RG.Cooperating;
        };
    }

    private void mention(Resource measure, String iri, AgencyMention mention, Resource agency) {
        context.resource(iri)
                .addProperty(RDF.type, RG.AgencyMention)
                .addProperty(RG.measure, measure)
                .addProperty(RG.agency, agency)
                .addLiteral(RG.surfaceForm, Literals.zh(mention.surface()))
                .addLiteral(RG.method, Literals.plain(mention.method()))
                .addLiteral(RG.confidence, Literals.decimal(mention.confidence()))
                .addProperty(RG.evidence, context.spans().span(mention.span()));
        mentions++;
    }
}
