package org.reformgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ontology.ttl declares every term of {@link RG}, describes each in Chinese and English, and aligns as documented. */
class OntologyTest {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final Set<Resource> INDIVIDUALS = Set.of(RG.Lead, RG.Responsible, RG.Cooperating, RG.Explicit,
            RG.FirstListed, RG.FromHeading, RG.FromWords, RG.FromNeighbour, RG.Nation, RG.Province, RG.City, RG.District, RG.Township, RG.RoleScheme,
            RG.BasisScheme, RG.LevelScheme);

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = OntologyResources.ontology();
    }

    @Test
    void describesItselfWithVersionLicenceAndPreferredPrefix() {
        Resource self = ontology.createResource(OntologyResources.ONTOLOGY_IRI);
        assertTrue(ontology.contains(self, RDF.type, OWL2.Ontology));
        assertTrue(ontology.contains(self, OWL2.versionIRI, ontology.createResource(OntologyResources.VERSION_IRI)));
        assertTrue(ontology.contains(self, OWL2.versionInfo, OntologyResources.VERSION));
        assertTrue(ontology.contains(self, DCTerms.license,
                ontology.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(ontology.contains(self, DCTerms.creator));
        assertBilingual(self, DCTerms.title);
        assertBilingual(self, DCTerms.description);
        assertTrue(ontology.contains(self, ontology.createProperty(VANN, "preferredNamespacePrefix"), "rg"));
        assertTrue(ontology.contains(self, ontology.createProperty(VANN, "preferredNamespaceUri"), RG.NS));
    }

    @Test
    void everyConstantOfRgIsDeclaredWithItsKind() {
        List<String> wrong = new ArrayList<>();
        for (Resource term : rgConstants()) {
            Set<Resource> expected = expectedKinds(term);
            boolean declared = expected.stream().anyMatch(kind -> ontology.contains(term, RDF.type, kind));
            if (!declared) {
                wrong.add(term.getLocalName() + " should be a " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPropertyIsEitherObjectOrDatatypeNotBoth() {
        for (Resource term : rgConstants()) {
            if (term instanceof Property) {
                boolean object = ontology.contains(term, RDF.type, OWL2.ObjectProperty);
                boolean datatype = ontology.contains(term, RDF.type, OWL2.DatatypeProperty);
                assertTrue(object ^ datatype, term.getLocalName());
            }
        }
    }

    @Test
    void everyTermDeclaredInTheRgNamespaceHasAConstant() {
        Set<String> constants = new TreeSet<>();
        rgConstants().forEach(term -> constants.add(term.getURI()));
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(RG.NS) && !constants.contains(subject.getURI())) {
                missing.add(subject.getLocalName());
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyRgTermTheOntologyRefersToIsDeclaredInIt() {
        Set<String> undeclared = new TreeSet<>();
        ontology.listObjects().forEach(object -> {
            if (object.isURIResource() && object.asResource().getURI().startsWith(RG.NS)
                    && !ontology.contains(object.asResource(), RDF.type)) {
                undeclared.add(object.asResource().getLocalName());
            }
        });
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyTermHasLabelsAndCommentsInChineseAndEnglish() {
        List<String> wrong = new ArrayList<>();
        for (Resource term : rgConstants()) {
            for (Property property : List.of(RDFS.label, RDFS.comment)) {
                for (String language : List.of("zh", "en")) {
                    if (literals(term, property, language).size() != 1) {
                        wrong.add(term.getLocalName() + " needs one " + property.getLocalName() + "@" + language);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void classesAlignWithTheStandardVocabularies() {
        assertAxiom(RG.Plan, RDFS.subClassOf, ELI + "LegalResource");
        assertAxiom(RG.Section, RDFS.subClassOf, ELI + "LegalResourceSubdivision");
        assertAxiom(RG.Measure, RDFS.subClassOf, ELI + "LegalResourceSubdivision");
        assertAxiom(RG.Agency, RDFS.subClassOf, ORG + "Organization");
        for (Resource concept : List.of(RG.AgencyType, RG.Topic, RG.ReformType, RG.Role, RG.Basis, RG.Level)) {
            assertAxiom(concept, RDFS.subClassOf, SKOS.Concept.getURI());
        }
        assertAxiom(RG.Jurisdiction, RDFS.subClassOf, DCTerms.Location.getURI());
        assertAxiom(RG.LoadRun, RDFS.subClassOf, PROV + "Activity");
        assertAxiom(RG.TextSpan, RDFS.subClassOf, OA + "TextPositionSelector");
        assertAxiom(RG.TextSpan, RDFS.subClassOf, OA + "TextQuoteSelector");
    }

    @Test
    void propertiesAlignWithTheStandardVocabularies() {
        assertAxiom(RG.start, RDFS.subPropertyOf, OA + "start");
        assertAxiom(RG.end, RDFS.subPropertyOf, OA + "end");
        assertAxiom(RG.quote, RDFS.subPropertyOf, OA + "exact");
        assertAxiom(RG.leadAgency, RDFS.subPropertyOf, RG.responsibleAgency.getURI());
        assertAxiom(RG.section, RDFS.subPropertyOf, ELI + "is_part_of");
        assertAxiom(RG.issuedBy, RDFS.subPropertyOf, DCTerms.publisher.getURI());
        assertAxiom(RG.agencyType, RDFS.subPropertyOf, ORG + "classification");
        assertAxiom(RG.topic, RDFS.subPropertyOf, ELI + "is_about");
    }

    @Test
    void rangesMatchTheLiteralsOfModelMd() {
        for (Property integer : List.of(RG.ordinal, RG.rank, RG.start, RG.end, RG.measureCount, RG.year)) {
            assertAxiom(integer, RDFS.range, "http://www.w3.org/2001/XMLSchema#integer");
        }
        for (Property flag : List.of(RG.draft, RG.inherited, RG.innovation)) {
            assertAxiom(flag, RDFS.range, "http://www.w3.org/2001/XMLSchema#boolean");
        }
        Resource confidence = ontology.getRequiredProperty(RG.confidence, RDFS.range).getResource();
        assertTrue(ontology.contains(confidence, OWL2.onDatatype, ontology.createResource(
                "http://www.w3.org/2001/XMLSchema#decimal")), "rg:confidence ranges over a restriction of xsd:decimal");
    }

    @Test
    void rolesBasesAndLevelsAreConceptsOfTheirOwnSchemes() {
        assertInScheme(RG.RoleScheme, RG.Role, RG.Lead, RG.Responsible, RG.Cooperating);
        assertInScheme(RG.BasisScheme, RG.Basis, RG.Explicit, RG.FirstListed);
        assertInScheme(RG.LevelScheme, RG.Level, RG.Nation, RG.Province, RG.City, RG.District, RG.Township);
    }

    private static void assertInScheme(Resource scheme, Resource type, Resource... concepts) {
        assertTrue(ontology.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme.getLocalName());
        for (Resource concept : concepts) {
            String name = concept.getLocalName();
            assertTrue(ontology.contains(concept, RDF.type, type), name + " a " + type.getLocalName());
            assertTrue(ontology.contains(concept, SKOS.inScheme, scheme), name + " in " + scheme.getLocalName());
            assertBilingual(concept, SKOS.prefLabel);
        }
    }

    private static void assertBilingual(Resource subject, Property property) {
        for (String language : List.of("zh", "en")) {
            assertEquals(1, literals(subject, property, language).size(),
                    subject + " " + property.getLocalName() + "@" + language);
        }
    }

    private static void assertAxiom(Resource subject, Property property, String objectIri) {
        assertTrue(ontology.contains(subject, property, ontology.createResource(objectIri)),
                subject.getLocalName() + " " + property.getLocalName() + " " + objectIri);
    }

    private static List<Literal> literals(Resource subject, Property property, String language) {
        List<Literal> found = new ArrayList<>();
        for (Statement statement : ontology.listStatements(subject, property, (RDFNode) null).toList()) {
            if (statement.getObject().isLiteral() && statement.getLiteral().getLanguage().equals(language)) {
                found.add(statement.getLiteral());
            }
        }
        return found;
    }

    private static Set<Resource> expectedKinds(Resource term) {
        if (term instanceof Property) {
            return Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty);
        }
        return INDIVIDUALS.contains(term) ? Set.of(OWL2.NamedIndividual) : Set.of(OWL2.Class);
    }

    /** Every public constant of RG that is a term of the rg: namespace (the schemes' own IRIs are not). */
    private static List<Resource> rgConstants() {
        List<Resource> terms = new ArrayList<>();
        for (Field field : RG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            try {
                Resource term = (Resource) field.get(null);
                if (term.getURI().startsWith(RG.NS)) {
                    // a Property constant keeps its Java type, which tells the test it must be declared a property
                    terms.add(term instanceof Property ? ResourceFactory.createProperty(term.getURI()) : term);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        assertTrue(terms.size() > 60, "found only " + terms.size() + " constants in RG");
        return terms;
    }
}
