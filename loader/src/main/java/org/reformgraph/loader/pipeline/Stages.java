package org.reformgraph.loader.pipeline;

import java.util.List;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attributor;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.clean.TextCleaner;
import org.reformgraph.loader.emit.JurisdictionSlugger;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.Outliner;
import org.reformgraph.loader.read.PlanReader;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.AgencyResolver;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.resolve.Slugs;
import org.reformgraph.loader.store.ShippedOntology;
import org.reformgraph.loader.store.OntologySource;
import org.reformgraph.loader.tag.CandidateTerm;
import org.reformgraph.loader.tag.CandidateTerms;
import org.reformgraph.loader.tag.MeasureTags;
import org.reformgraph.loader.tag.Tagger;

/**
 * The pipeline's stages as functions, so that the loader's own logic (order, resolution once per surface, validation
 * before storing) can be tested with small stand-ins, and {@link #standard()} is the one place the real stages meet.
 */
public record Stages(Reading read, Cleaning clean, Outlining outline, Attributing attribute, Resolving resolve,
                     Tagging tag, JurisdictionSlugger slugs, OntologySource ontology) {

    @FunctionalInterface
    public interface Reading {
        SourceText read(String fileName, byte[] bytes);
    }

    @FunctionalInterface
    public interface Cleaning {
        CleanText clean(SourceText source);
    }

    @FunctionalInterface
    public interface Outlining {
        Outline outline(CleanText text);
    }

    @FunctionalInterface
    public interface Attributing {
        List<AttributedMeasure> attribute(CleanText text, Outline outline);
    }

    /** Returns null when the surface names no agency. */
    @FunctionalInterface
    public interface Resolving {
        ResolvedAgency resolve(String surface, Jurisdiction planJurisdiction);
    }

    /**
     * Reform types, topics and targets. Two calls because a load of several plans first collects the quoted
     * candidate terms of all of them ({@link #candidates}), then tags each plan with the union (docs/TAGGING.md).
     */
    public interface Tagging {
        /** Pass 1: the candidate reform types quoted in one plan. */
        CandidateTerms candidates(CleanText text);

        /** Pass 2: the tags of every measure of the plan, its own quoted terms included. */
        List<MeasureTags> tag(CleanText text, Outline outline, CandidateTerms crossPlan);

        /** Whether tagging a text with this candidate would find it there. */
        boolean finds(String text, CandidateTerm term);

        /** The tag package's facade as this stage. */
        static Tagging of(Tagger tagger) {
            return new Tagging() {
                @Override
                public CandidateTerms candidates(CleanText text) {
                    return tagger.candidates(text);
                }

                @Override
                public List<MeasureTags> tag(CleanText text, Outline outline, CandidateTerms crossPlan) {
                    return tagger.tag(text, outline, crossPlan);
                }

                @Override
                public boolean finds(String text, CandidateTerm term) {
                    return tagger.finds(text, term);
                }
            };
        }
    }

    /** The real stages of the loader module and the ontology module's resources. */
    public static Stages standard() {
        PlanReader reader = new PlanReader();
        TextCleaner cleaner = new TextCleaner();
        Outliner outliner = new Outliner();
        Attributor attributor = new Attributor();
        AgencyResolver resolver = new AgencyResolver();
        return new Stages(reader::read, cleaner::clean, outliner::outline, attributor::attribute, resolver::resolve,
                Tagging.of(Tagger.standard()), Slugs::jurisdictionSlug, standardOntology());
    }

    /** The ontology, schemes and shapes the ontology module ships. */
    public static OntologySource standardOntology() {
        return ShippedOntology.get();
    }
}
