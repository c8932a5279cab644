package org.reformgraph.loader.emit;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.pipeline.PlanExtraction;
import org.reformgraph.loader.tag.MeasureTags;
import org.reformgraph.loader.tag.TagEmitter;

/**
 * Stage 7, emit: an extraction to the plan's graph exactly as docs/MODEL.md shows it. The same extraction always
 * gives the same triples (no blank nodes, IRIs from content), apart from the load run's timestamps.
 */
public final class PlanEmitter {
    private final IriMinter iris;

    public PlanEmitter(IriMinter iris) {
        this.iris = iris;
    }

    public EmittedPlan emit(PlanExtraction extraction, LoadRun run) {
        String planId = extraction.plan().id();
        Model model = ModelFactory.createDefaultModel();
        Prefixes.declare(model, iris);
        EmitContext context = EmitContext.start(model, iris, planId, extraction.clean());

        AgencyEmitter agencies = new AgencyEmitter(context);
        int measures = new StructureEmitter(context).emit(extraction.outline().roots());
        AttributionEmitter attributions = new AttributionEmitter(context, agencies, extraction.agencies());
        attributions.emit(extraction.measures());
        TagEmitter tagEmitter = new TagEmitter();
        int reformTypes = 0;
        int targets = 0;
        for (MeasureTags tags : extraction.tags()) {
            Resource measure = context.resource(iris.node(planId, tags.measurePath()));
            tagEmitter.emit(model, measure, tags, context.spans()::span);
            reformTypes += tags.reformTypes().size();
            targets += tags.targets().size();
        }

        String issuerName = extraction.plan().issuer();
        ResolvedAgency issuerAgency = issuerName == null ? null : extraction.agencies().get(issuerName);
        Resource issuer = issuerAgency == null ? null : agencies.use(issuerName, issuerAgency);
        new PlanResourceEmitter(context).emit(extraction.plan(), issuer, measures);
        agencies.emit();
        new ProvenanceEmitter(context).emit(run, extraction.source());

        return new EmittedPlan(iris.plan(planId), iris.graph(planId), model, measures, attributions.attributions(),
                attributions.mentions(), agencies.count(), reformTypes, targets);
    }
}
