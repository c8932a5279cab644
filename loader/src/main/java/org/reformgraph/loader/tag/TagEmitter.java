package org.reformgraph.loader.tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.loader.Span;
import org.reformgraph.ontology.RG;

/**
 * Writes a measure's tags as triples (docs/TAGGING.md has the shape): the shortcuts {@code rg:reformType},
 * {@code rg:topic} and {@code rg:target} on the measure, and for each a qualified resource
 * ({@code {measure}/reform/{n}}, {@code {measure}/topic/{n}}, {@code {measure}/target/{n}}, n 1-based in document
 * order) carrying confidence and evidence. Candidate reform types are described in the plan's graph, since no
 * scheme does.
 */
public final class TagEmitter {
    /** Where candidate reform types are minted: {@code .../scheme/reform-type/candidate/{pinyin}}. */
    public static final String CANDIDATE_NS = RG.REFORM_TYPE_NS + "candidate/";

    /**
     * @param spanMinter the pipeline's minter of {@code rg:TextSpan} resources for spans of the cleaned text (it maps
     *                   them to the original text and adds start, end and quote)
     */
    public void emit(Model model, Resource measure, MeasureTags tags, Function<Span, Resource> spanMinter) {
        String base = measure.getURI();
        int n = 0;
        for (ReformTypeOccurrence occurrence : tags.reformTypes()) {
            Resource concept = model.createResource(conceptIri(occurrence));
            if (occurrence.candidate()) {
                concept.addProperty(RDF.type, RG.ReformType)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, MatchKey.normalise(occurrence.label()), "zh")
                        .addLiteral(RG.candidate, true);
            }
            measure.addProperty(RG.reformType, concept);
            model.createResource(base + "/reform/" + (++n))
                    .addProperty(RDF.type, RG.ReformTypeOccurrence)
                    .addProperty(RG.measure, measure)
                    .addProperty(RG.reformType, concept)
                    .addProperty(RG.surfaceForm, occurrence.label(), "zh")
                    .addLiteral(RG.quoted, occurrence.quoted())
                    .addLiteral(RG.confidence, decimal(model, occurrence.confidence()))
                    .addProperty(RG.evidence, spanMinter.apply(occurrence.span()));
        }
        n = 0;
        for (TopicAssignment topic : tags.topics()) {
            Resource concept = model.createResource(topic.topicIri());
            measure.addProperty(RG.topic, concept);
            model.createResource(base + "/topic/" + (++n))
                    .addProperty(RDF.type, RG.TopicAssignment)
                    .addProperty(RG.measure, measure)
                    .addProperty(RG.topic, concept)
                    .addProperty(RG.basis, basis(topic))
                    .addLiteral(RG.confidence, decimal(model, topic.confidence()));
        }
        n = 0;
        for (Target target : tags.targets()) {
            Resource t = model.createResource(base + "/target/" + (++n))
                    .addProperty(RDF.type, RG.Target)
                    .addProperty(RG.measure, measure)
                    .addLiteral(RG.value, model.createTypedLiteral(target.value()))
                    .addProperty(RG.unit, target.unit())
                    .addProperty(RG.comparator, target.comparator())
                    .addLiteral(RG.confidence, decimal(model, target.confidence()))
                    .addProperty(RG.evidence, spanMinter.apply(target.span()));
            if (target.deadlineYear() != null) {
                t.addLiteral(RG.deadline, model.createTypedLiteral(target.deadlineYear().toString(),
                        XSDDatatype.XSDinteger));
            }
            measure.addProperty(RG.target, t);
        }
    }

    private static Resource basis(TopicAssignment topic) {
        return switch (topic.basis()) {
            case TopicAssignment.HEADING -> RG.FromHeading;
            case TopicAssignment.WORDS -> RG.FromWords;
            case TopicAssignment.NEIGHBOUR -> RG.FromNeighbour;
            default -> throw new IllegalArgumentException("unknown topic basis " + topic.basis());
        };
    }

    static String conceptIri(ReformTypeOccurrence occurrence) {
        return (occurrence.candidate() ? CANDIDATE_NS : RG.REFORM_TYPE_NS) + occurrence.conceptSlug();
    }

    private static Literal decimal(Model model, double value) {
        return model.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }
}
