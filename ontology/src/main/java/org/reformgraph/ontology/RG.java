package org.reformgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The reformgraph vocabulary ({@code rg:}) as Jena terms. The Turtle in {@code ontology.ttl} is the definition; a
 * test checks that every term here is declared there.
 */
public final class RG {
    public static final String NS = "https://w3id.org/reformgraph/ontology#";
    /** Concept schemes shipped with the ontology; their IRIs do not depend on the configured base. */
    public static final String SCHEME_NS = "https://w3id.org/reformgraph/scheme/";
    public static final String AGENCY_TYPE_NS = SCHEME_NS + "agency-type/";
    public static final String TOPIC_NS = SCHEME_NS + "topic/";
    public static final String REFORM_TYPE_NS = SCHEME_NS + "reform-type/";
    /** Where resources are minted unless the user configures another base. */
    public static final String DEFAULT_BASE = "https://w3id.org/reformgraph/id/";

    // Classes
    public static final Resource Plan = cls("Plan");
    public static final Resource Section = cls("Section");
    public static final Resource Measure = cls("Measure");
    public static final Resource Jurisdiction = cls("Jurisdiction");
    public static final Resource Agency = cls("Agency");
    public static final Resource AgencyType = cls("AgencyType");
    public static final Resource Topic = cls("Topic");
    public static final Resource ReformType = cls("ReformType");
    public static final Resource Attribution = cls("Attribution");
    public static final Resource AgencyMention = cls("AgencyMention");
    public static final Resource Target = cls("Target");
    public static final Resource TextSpan = cls("TextSpan");
    public static final Resource ReformTypeOccurrence = cls("ReformTypeOccurrence");
    public static final Resource TopicAssignment = cls("TopicAssignment");
    public static final Resource Role = cls("Role");
    public static final Resource Basis = cls("Basis");
    public static final Resource Level = cls("Level");
    public static final Resource LoadRun = cls("LoadRun");

    // Plans and their parts
    public static final Property plan = prop("plan");
    public static final Property section = prop("section");
    public static final Property number = prop("number");
    public static final Property ordinal = prop("ordinal");
    public static final Property path = prop("path");
    public static final Property text = prop("text");
    public static final Property documentNumber = prop("documentNumber");
    public static final Property issuedBy = prop("issuedBy");
    public static final Property issuerName = prop("issuerName");
    public static final Property jurisdiction = prop("jurisdiction");
    public static final Property draft = prop("draft");
    public static final Property year = prop("year");
    /** How {@link #year} is known when no date of issue gives it (estimated from the text, from the catalog …). */
    public static final Property yearNote = prop("yearNote");
    public static final Property innovation = prop("innovation");
    public static final Property implementsMeasure = prop("implementsMeasure");
    public static final Property tableRow = prop("tableRow");
    public static final Property measureCount = prop("measureCount");

    // Jurisdictions
    public static final Property level = prop("level");
    public static final Property within = prop("within");
    public static final Property city = prop("city");

    // Agencies and who does what
    public static final Property agencyType = prop("agencyType");
    public static final Property leadAgency = prop("leadAgency");
    public static final Property responsibleAgency = prop("responsibleAgency");
    public static final Property cooperatingAgency = prop("cooperatingAgency");
    public static final Property mentionsAgency = prop("mentionsAgency");
    public static final Property attribution = prop("attribution");
    public static final Property measure = prop("measure");
    public static final Property agency = prop("agency");
    public static final Property role = prop("role");
    public static final Property rank = prop("rank");
    public static final Property basis = prop("basis");
    public static final Property inherited = prop("inherited");
    public static final Property surfaceForm = prop("surfaceForm");
    public static final Property method = prop("method");
    public static final Property confidence = prop("confidence");

    // Tags
    public static final Property topic = prop("topic");
    public static final Property reformType = prop("reformType");
    public static final Property target = prop("target");
    public static final Property value = prop("value");
    public static final Property unit = prop("unit");
    public static final Property comparator = prop("comparator");
    public static final Property deadline = prop("deadline");
    public static final Property keyword = prop("keyword");
    public static final Property quoted = prop("quoted");
    public static final Property candidate = prop("candidate");

    // Evidence
    public static final Property evidence = prop("evidence");
    public static final Property start = prop("start");
    public static final Property end = prop("end");
    public static final Property quote = prop("quote");
    public static final Property sourceText = prop("sourceText");

    // Provenance
    public static final Property loaderVersion = prop("loaderVersion");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sha256 = prop("sha256");
    public static final Property encoding = prop("encoding");

    // Individuals
    public static final Resource Lead = res("Lead");
    public static final Resource Responsible = res("Responsible");
    public static final Resource Cooperating = res("Cooperating");
    public static final Resource Explicit = res("Explicit");
    public static final Resource FirstListed = res("FirstListed");
    public static final Resource FromHeading = res("FromHeading");
    public static final Resource FromWords = res("FromWords");
    public static final Resource FromNeighbour = res("FromNeighbour");
    public static final Resource Province = res("Province");
    public static final Resource City = res("City");
    public static final Resource District = res("District");
    public static final Resource Nation = res("Nation");
    public static final Resource Township = res("Township");

    // The small fixed schemes the individuals above belong to
    public static final Resource RoleScheme = res("RoleScheme");
    public static final Resource BasisScheme = res("BasisScheme");
    public static final Resource LevelScheme = res("LevelScheme");

    /** The agency-type concept scheme; its concepts are {@code AGENCY_TYPE_NS + slug}. */
    public static final Resource AgencyTypeScheme = ResourceFactory.createResource(SCHEME_NS + "agency-type");

    private RG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Resource res(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
