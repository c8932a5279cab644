package org.reformgraph.loader.catalog;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.emit.JurisdictionEmitter;
import org.reformgraph.loader.emit.Literals;
import org.reformgraph.loader.emit.Prefixes;
import org.reformgraph.ontology.RG;

/**
 * A plan's entry in the catalog graph ({@code B graph/catalog}): the dataset, its source text as a distribution, and
 * the jurisdictions it names, all under minted IRIs (the catalog file's own IRIs are only its way of linking).
 */
public final class CatalogEmitter {
    private final IriMinter iris;

    public CatalogEmitter(IriMinter iris) {
        this.iris = iris;
    }

    /** @param byteSize the source file's size in bytes */
    public Model entry(PlanMetadata plan, long byteSize) {
        Model model = Prefixes.declare(ModelFactory.createDefaultModel(), iris);
        Resource dataset = model.createResource(iris.plan(plan.id()));
        model.createResource(iris.catalog())
                .addProperty(RDF.type, DCAT.Catalog)
                .addLiteral(DCTerms.title, model.createLiteral("reformgraph: the loaded plans", "en"))
                .addProperty(DCAT.dataset, dataset);
        dataset.addProperty(RDF.type, DCAT.Dataset)
                .addProperty(RDF.type, RG.Plan)
                .addLiteral(DCTerms.identifier, Literals.plain(plan.id()))
                .addLiteral(RG.draft, Literals.bool(plan.draft()));
        if (plan.title() != null) {
            dataset.addLiteral(DCTerms.title, Literals.zh(plan.title()));
        }
        if (plan.issued() != null) {
            dataset.addLiteral(DCTerms.issued, Literals.date(plan.issued()));
        }
        Integer year = plan.year() != null ? plan.year() : plan.issued() != null ? Integer.valueOf(plan.issued().getYear()) : null;
        if (year != null) {
            dataset.addLiteral(RG.year, Literals.integer(year));
        }
        if (plan.yearNote() != null) {
            dataset.addLiteral(RG.yearNote, model.createLiteral(plan.yearNote(), "en"));
        }
        if (plan.documentNumber() != null) {
            dataset.addLiteral(RG.documentNumber, Literals.plain(plan.documentNumber()));
        }
        if (plan.issuer() != null) {
            dataset.addLiteral(RG.issuerName, Literals.zh(plan.issuer()));
        }
        if (plan.sourceUrl() != null) {
            dataset.addProperty(DCTerms.source, model.createResource(plan.sourceUrl()));
        }
        if (plan.jurisdiction() != null) {
            dataset.addProperty(RG.jurisdiction, new JurisdictionEmitter(iris).emit(model, plan.jurisdiction()));
        }
        dataset.addProperty(DCAT.distribution, model.createResource(iris.distribution(plan.id()))
                .addProperty(RDF.type, DCAT.Distribution)
                .addLiteral(RG.sourceFile, Literals.plain(plan.sourceFile()))
                .addProperty(DCAT.mediaType, CatalogTerms.TEXT_PLAIN)
                .addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(byteSize), XSDDatatype.XSDnonNegativeInteger)));
        return model;
    }
}
