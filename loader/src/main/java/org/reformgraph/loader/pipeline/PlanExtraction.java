package org.reformgraph.loader.pipeline;

import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.tag.MeasureTags;

/**
 * Everything the pipeline learnt about one plan, ready to be emitted as RDF.
 *
 * @param agencies the body each surface form names, keyed by the surface as the attribute stage wrote it (and the
 *                 plan's issuer as the catalog writes it); a surface that named no agency is absent
 * @param tags     the reform types, topics and targets of each measure, in document order (spans index the cleaned
 *                 text)
 */
public record PlanExtraction(PlanMetadata plan, SourceText source, CleanText clean, Outline outline,
                             List<AttributedMeasure> measures, Map<String, ResolvedAgency> agencies,
                             List<MeasureTags> tags, List<Warning> warnings) {
    public PlanExtraction {
        measures = List.copyOf(measures);
        agencies = Map.copyOf(agencies);
        tags = List.copyOf(tags);
        warnings = List.copyOf(warnings);
    }

    /** An extraction without tags (the tag stage not run). */
    public PlanExtraction(PlanMetadata plan, SourceText source, CleanText clean, Outline outline,
                          List<AttributedMeasure> measures, Map<String, ResolvedAgency> agencies, List<Warning> warnings) {
        this(plan, source, clean, outline, measures, agencies, List.of(), warnings);
    }
}
