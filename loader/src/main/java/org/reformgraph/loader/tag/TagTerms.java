package org.reformgraph.loader.tag;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reformgraph.ontology.RG;

/**
 * Vocabulary terms the tag stage uses that {@link RG} does not have yet. They live in the {@code rg:} namespace;
 * when RG gains them these become aliases (see docs/TAGGING.md for their meaning).
 */
public final class TagTerms {
    /** A word suggesting a concept; declared in topics-bready.ttl. */
    public static final Property keyword = prop("keyword");
    /** The qualified statement that a measure names a reform type, with its evidence. */
    public static final Resource ReformTypeOccurrence = ResourceFactory.createResource(RG.NS + "ReformTypeOccurrence");
    /** The qualified statement that a measure addresses a topic, with its basis. */
    public static final Resource TopicAssignment = ResourceFactory.createResource(RG.NS + "TopicAssignment");
    /** Whether an occurrence stands in quotation marks. */
    public static final Property quoted = prop("quoted");
    /** True on a reform type found only as a quoted term, not curated in the scheme. */
    public static final Property candidate = prop("candidate");
    /** Basis of a topic assignment: the topic is named by a heading above (or of) the measure. */
    public static final Resource FromHeading = ResourceFactory.createResource(RG.NS + "FromHeading");
    /** Basis of a topic assignment: the topic was inferred from the measure's words. */
    public static final Resource FromWords = ResourceFactory.createResource(RG.NS + "FromWords");

    /** Basis of a topic assignment: borrowed from the nearest measure that has topics (last resort). */
    public static final Resource FromNeighbour = ResourceFactory.createResource(RG.NS + "FromNeighbour");

    private TagTerms() {
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(RG.NS + local);
    }
}
