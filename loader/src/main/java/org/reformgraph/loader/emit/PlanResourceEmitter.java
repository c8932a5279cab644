package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.ontology.RG;

/** The plan resource itself: what the catalog knows of it, and how many measures it has. */
final class PlanResourceEmitter {
    private final EmitContext context;

    PlanResourceEmitter(EmitContext context) {
        this.context = context;
    }

    Resource emit(PlanMetadata metadata, Resource issuer, int measureCount) {
        Resource plan = context.plan();
        plan.addProperty(RDF.type, RG.Plan)
                .addLiteral(RG.draft, Literals.bool(metadata.draft()))
                .addLiteral(RG.measureCount, Literals.integer(measureCount));
        if (metadata.title() != null) {
            plan.addLiteral(DCTerms.title, Literals.zh(metadata.title()));
        }
        if (metadata.issued() != null) {
            plan.addLiteral(DCTerms.issued, Literals.date(metadata.issued()));
        }
        Integer year = metadata.year() != null ? metadata.year()
                : metadata.issued() != null ? Integer.valueOf(metadata.issued().getYear()) : null;
        if (year != null) {
            plan.addLiteral(RG.year, Literals.integer(year));
        }
        if (metadata.documentNumber() != null) {
            plan.addLiteral(RG.documentNumber, Literals.plain(metadata.documentNumber()));
        }
        if (metadata.issuer() != null) {
            plan.addLiteral(RG.issuerName, Literals.zh(metadata.issuer()));
        }
        if (issuer != null) {
            plan.addProperty(RG.issuedBy, issuer);
        }
        if (metadata.jurisdiction() != null) {
            plan.addProperty(RG.jurisdiction, new JurisdictionEmitter(context.iris()).emit(context.model(), metadata.jurisdiction()));
        }
        return plan;
    }
}
