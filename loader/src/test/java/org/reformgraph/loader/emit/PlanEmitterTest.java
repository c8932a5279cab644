package org.reformgraph.loader.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.RG;

class PlanEmitterTest {
    private static final String B = SampleExtraction.BASE;
    private static final String PLAN = B + "plan/sample-2023";
    private static final String MEASURE = PLAN + "/1.1";
    private static final LoadRun RUN = new LoadRun(Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06Z"), "9.9.9");

    private final EmittedPlan emitted = new PlanEmitter(SampleExtraction.iris()).emit(SampleExtraction.extraction(), RUN);
    private final Model model = emitted.model();

    @Test
    void aMeasureIsWrittenExactlyAsTheModelDocumentSays() {
        assertEquals(turtle("""
                <%1$s> a rg:Measure ;
                    rg:plan <%2$s> ; rg:section <%2$s/1> ;
                    rg:number "1." ; rg:ordinal 1 ; rg:path "1.1" ;
                    dct:title "破除准入壁垒"@zh ;
                    rg:text "破除准入壁垒。会同市税务局推进改革（市发改委牵头，市市场监管局负责）。"@zh ;
                    rg:evidence <%2$s/span/25-63> ;
                    rg:leadAgency <%3$sagency/wuhan/development-reform> ;
                    rg:responsibleAgency <%3$sagency/wuhan/development-reform> , <%3$sagency/wuhan/market-regulation> ;
                    rg:mentionsAgency <%3$sagency/wuhan/taxation> .
                """.formatted(MEASURE, PLAN, B)), describe(MEASURE));
    }

    @Test
    void tagsAreWrittenWithSpansOfTheOriginalText() {
        var sample = SampleExtraction.extraction();
        var tags = new org.reformgraph.loader.tag.MeasureTags("1.1",
                java.util.List.of(new org.reformgraph.loader.tag.ReformTypeOccurrence("tui-jin-gai-ge", "推进改革",
                        SampleExtraction.find("推进改革"), false, true, 0.5)),
                java.util.List.of(new org.reformgraph.loader.tag.TopicAssignment(
                        "https://w3id.org/reformgraph/scheme/topic/bready/business-entry", 0.9, "heading")),
                java.util.List.of());
        var tagged = new org.reformgraph.loader.pipeline.PlanExtraction(sample.plan(), sample.source(), sample.clean(),
                sample.outline(), sample.measures(), sample.agencies(), java.util.List.of(tags), sample.warnings());
        EmittedPlan plan = new PlanEmitter(SampleExtraction.iris()).emit(tagged, RUN);
        assertEquals(1, plan.reformTypes());
        Model m = plan.model();
        Resource measure = m.createResource(MEASURE);
        Resource candidate = m.createResource("https://w3id.org/reformgraph/scheme/reform-type/candidate/tui-jin-gai-ge");
        assertTrue(m.contains(measure, RG.reformType, candidate));
        assertTrue(m.contains(measure, RG.topic, m.createResource("https://w3id.org/reformgraph/scheme/topic/bready/business-entry")));
        Resource occurrence = m.createResource(MEASURE + "/reform/1");
        Resource span = occurrence.getPropertyResourceValue(RG.evidence);
        // cleaned offsets moved past the bookmark marker, counted in code points (𠀀 is one)
        int start = SampleExtraction.ORIGINAL.codePointCount(0, SampleExtraction.ORIGINAL.indexOf("推进改革"));
        assertEquals(PLAN + "/span/" + start + "-" + (start + 4), span.getURI());
        assertEquals("推进改革", span.getProperty(RG.quote).getString());
        assertTrue(m.contains(candidate, RG.candidate, m.createTypedLiteral(true)));
    }

    @Test
    void aLeadAttributionIsAFullStatement() {
        assertEquals(turtle("""
                <%1$s/attribution/1> a rg:Attribution ;
                    rg:measure <%1$s> ; rg:agency <%2$sagency/wuhan/development-reform> ;
                    rg:role rg:Lead ; rg:rank 1 ; rg:basis rg:Explicit ; rg:inherited false ;
                    rg:surfaceForm "市发改委"@zh ; rg:confidence 0.95 ;
                    rg:evidence <%3$s/span/44-61> .
                """.formatted(MEASURE, B, PLAN)), describe(MEASURE + "/attribution/1"));
    }

    @Test
    void aResponsibleAttributionGivesOnlyTheResponsibleShortcut() {
        Resource measure = model.getResource(MEASURE);
        Resource marketRegulation = model.getResource(B + "agency/wuhan/market-regulation");
        assertTrue(model.contains(measure, RG.responsibleAgency, marketRegulation));
        assertFalse(model.contains(measure, RG.leadAgency, marketRegulation));
        assertTrue(model.contains(model.getResource(MEASURE + "/attribution/2"), RG.role, RG.Responsible));
    }

    @Test
    void aMentionPointsToItsAgencyAndItsWords() {
        assertEquals(turtle("""
                <%1$s/mention/1> a rg:AgencyMention ;
                    rg:measure <%1$s> ; rg:agency <%2$sagency/wuhan/taxation> ;
                    rg:surfaceForm "市税务局"@zh ; rg:method "dictionary" ; rg:confidence 0.8 ;
                    rg:evidence <%3$s/span/36-40> .
                """.formatted(MEASURE, B, PLAN)), describe(MEASURE + "/mention/1"));
    }

    @Test
    void spansCountCodePointsOfTheOriginalAndQuoteItExactly() {
        // the original has a non-BMP character (2 UTF-16 units) and a bookmark marker (17 characters) cleaning removed
        assertEquals(turtle("""
                <%1$s/span/36-40> a rg:TextSpan ; rg:plan <%1$s> ; rg:start 36 ; rg:end 40 ; rg:quote "市税务局" .
                """.formatted(PLAN)), describe(PLAN + "/span/36-40"));
        String quote = model.getResource(PLAN + "/span/25-63").getProperty(RG.quote).getString();
        assertEquals(SampleExtraction.ORIGINAL.substring(SampleExtraction.ORIGINAL.indexOf("1.")), quote);
        assertEquals(18, model.getResource(PLAN + "/1").getPropertyResourceValue(RG.evidence).getProperty(RG.start).getInt());
    }

    @Test
    void agenciesCarryEverySurfaceFormButThePrefLabelAndTheirJurisdictionChain() {
        Resource agency = model.getResource(B + "agency/wuhan/development-reform");
        assertEquals(Set.of("市发改委"), strings(agency, SKOS.altLabel));
        assertEquals("武汉市发展和改革委员会", agency.getProperty(SKOS.prefLabel).getString());
        assertEquals(RG.AGENCY_TYPE_NS + "development-reform", agency.getPropertyResourceValue(RG.agencyType).getURI());
        assertEquals(turtle("""
                <%1$sjurisdiction/wuhan> a rg:Jurisdiction ; rdfs:label "武汉市"@zh ; rg:level rg:City ;
                    rg:within <%1$sjurisdiction/hubei> ; rg:city <%1$sjurisdiction/wuhan> .
                """.formatted(B)), describe(B + "jurisdiction/wuhan"));
        assertEquals(turtle("""
                <%1$sjurisdiction/hubei> a rg:Jurisdiction ; rdfs:label "湖北省"@zh ; rg:level rg:Province .
                """.formatted(B)), describe(B + "jurisdiction/hubei"));
    }

    @Test
    void thePlanCarriesItsMetadataIssuerAndProvenance() {
        assertEquals(turtle("""
                <%1$s> a rg:Plan ; dct:title "示例方案"@zh ; dct:issued "2023-10-31"^^xsd:date ; rg:year 2023 ;
                    rg:documentNumber "武政办〔2023〕1号" ; rg:issuerName "武汉市发展和改革委员会"@zh ;
                    rg:issuedBy <%2$sagency/wuhan/development-reform> ; rg:jurisdiction <%2$sjurisdiction/wuhan> ;
                    rg:draft false ; rg:measureCount 1 ; prov:wasGeneratedBy <%2$sgraph/sample-2023/load> .
                """.formatted(PLAN, B)), describe(PLAN));
        assertEquals(turtle("""
                <%1$sgraph/sample-2023/load> a rg:LoadRun ;
                    prov:startedAtTime "2026-01-02T03:04:05Z"^^xsd:dateTime ; prov:endedAtTime "2026-01-02T03:04:06Z"^^xsd:dateTime ;
                    rg:loaderVersion "9.9.9" ; rg:sourceFile "sample.txt" ; rg:sha256 "%2$s" ; rg:encoding "UTF-8" .
                """.formatted(B, "ab".repeat(32))), describe(B + "graph/sample-2023/load"));
    }

    @Test
    void sectionsHaveNoParentAtTheTop() {
        Resource part = model.getResource(PLAN + "/1");
        assertTrue(model.contains(part, RDF.type, RG.Section));
        assertFalse(part.hasProperty(RG.section));
        assertEquals("总体要求", part.getProperty(DCTerms.title).getString());
    }

    @Test
    void theReportCountsWhatTheGraphHolds() {
        assertEquals(1, emitted.measures());
        assertEquals(2, emitted.attributions());
        assertEquals(1, emitted.mentions());
        assertEquals(3, emitted.agencies());
        assertEquals(B + "graph/sample-2023", emitted.graphIri());
    }

    @Test
    void anOutlineWithTwoNodesOfOnePathIsRefused() {
        var sample = SampleExtraction.extraction();
        var measure = sample.outline().measures().get(0);
        var outline = new org.reformgraph.loader.outline.Outline(java.util.List.of(measure, measure), java.util.List.of());
        var twice = new org.reformgraph.loader.pipeline.PlanExtraction(sample.plan(), sample.source(), sample.clean(), outline,
                sample.measures(), sample.agencies(), sample.warnings());
        IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new PlanEmitter(SampleExtraction.iris()).emit(twice, RUN));
        assertEquals("the outline has two nodes with path '1.1'", error.getMessage());
    }

    @Test
    void everyNodeIsAnIri() {
        model.listStatements().forEachRemaining(statement -> {
            assertTrue(statement.getSubject().isURIResource(), statement::toString);
            assertFalse(statement.getObject().isAnon(), statement::toString);
        });
    }

    private Model describe(String iri) {
        Model out = ModelFactory.createDefaultModel();
        out.add(model.listStatements(model.getResource(iri), null, (RDFNode) null));
        return out;
    }

    private static Set<String> strings(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject).map(RDFNode::asLiteral)
                .map(Literal::getLexicalForm).collect(Collectors.toSet());
    }

    /** Parses expected Turtle, so that a failing assertion shows both graphs. */
    static Model turtle(String body) {
        String prefixes = """
                @prefix rg: <https://w3id.org/reformgraph/ontology#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                """;
        Model expected = ModelFactory.createDefaultModel();
        RDFParser.fromString(prefixes + body, Lang.TURTLE).parse(expected);
        return expected;
    }

    private static void assertEquals(Model expected, Model actual) {
        if (!expected.isIsomorphicWith(actual)) {
            org.junit.jupiter.api.Assertions.fail("expected\n" + dump(expected) + "\nbut was\n" + dump(actual));
        }
    }

    /** Sorted triples, so that a failed comparison shows which differ. */
    private static String dump(Model model) {
        return model.listStatements().toList().stream().map(s -> s.asTriple().toString()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
