package org.reformgraph.ontology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.OntologyResources;
import org.reformgraph.ontology.RG;

/** The shapes accept a graph written exactly as docs/MODEL.md says, and name each way of breaking it. */
class ShapesValidatorTest {
    private static final String ID = RG.DEFAULT_BASE;
    private static final Resource PLAN = res("plan/wuhan-test-2023");
    private static final Resource MEASURE_1 = res("plan/wuhan-test-2023/1.1");
    private static final Resource LEAD_ATTRIBUTION = res("plan/wuhan-test-2023/1.1/attribution/1");
    private static final Resource DEVELOPMENT_REFORM = res("agency/wuhan/development-reform");
    private static final Resource MARKET_REGULATION = res("agency/wuhan/market-regulation");
    private static final Resource MEASURE_SPAN = res("plan/wuhan-test-2023/span/11-65");
    private static final Resource WUHAN = res("jurisdiction/wuhan");
    private static final Resource LOAD = res("graph/wuhan-test-2023/load");
    private static final Resource TOPIC_1 = res("plan/wuhan-test-2023/1.1/topic/1");
    private static final Resource REFORM_1 = res("plan/wuhan-test-2023/1.1/reform/1");

    private static ShapesValidator validator;

    @BeforeAll
    static void validatorWithTestAgencyTypes() {
        Model vocabulary = OntologyResources.vocabulary().add(read("agency-types-fixture.ttl"));
        validator = new ShapesValidator(OntologyResources.shapes(), vocabulary.getGraph());
    }

    @Test
    void theGraphOfModelMdConforms() {
        ValidationReport report = validator.validate(plan().getGraph());
        assertTrue(report.conforms(), report::toString);
        assertFalse(report.hasViolations());
    }

    @Test
    void validationLeavesTheDataGraphAsItWas() {
        Model plan = plan();
        long before = plan.size();
        validator.validate(plan.getGraph());
        assertEquals(before, plan.size());
    }

    @Test
    void aMeasureWithoutEvidenceIsAViolation() {
        Model plan = plan();
        plan.removeAll(MEASURE_1, RG.evidence, null);
        assertOnlyViolation(plan, MEASURE_1, "rg:evidence", "exactly one rg:evidence");
    }

    @Test
    void rankZeroIsAViolation() {
        Model plan = plan();
        replace(plan, LEAD_ATTRIBUTION, RG.rank, integer(0));
        assertOnlyViolation(plan, LEAD_ATTRIBUTION, "rg:rank", "xsd:integer >= 1");
    }

    @Test
    void confidenceAboveOneIsAViolation() {
        Model plan = plan();
        replace(plan, LEAD_ATTRIBUTION, RG.confidence,
                plan.createTypedLiteral(new BigDecimal("1.5").toPlainString(), XSDDatatype.XSDdecimal));
        assertOnlyViolation(plan, LEAD_ATTRIBUTION, "rg:confidence", "in [0,1]");
    }

    @Test
    void aRoleOutsideTheRoleSchemeIsAViolation() {
        Model plan = plan();
        replace(plan, LEAD_ATTRIBUTION, RG.role, ResourceFactory.createResource(RG.NS + "Owner"));
        // the lead attribution no longer says lead, but the measure's shortcut stays: only the role is wrong
        assertOnlyViolation(plan, LEAD_ATTRIBUTION, "rg:role", "one of rg:Lead, rg:Responsible, rg:Cooperating");
    }

    @Test
    void aLeadThatIsNotAlsoResponsibleIsAViolation() {
        Model plan = plan();
        plan.remove(MEASURE_1, RG.responsibleAgency, DEVELOPMENT_REFORM);
        assertOnlyViolation(plan, MEASURE_1, null, "is not also its rg:responsibleAgency");
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsAViolation() {
        Model plan = plan();
        replace(plan, MEASURE_SPAN, RG.start, integer(70));
        List<ValidationResult> violations = validator.validate(plan.getGraph()).violations();
        assertHas(violations, MEASURE_SPAN, "rg:start", "rg:start is greater than its rg:end");
        // and the quote no longer fits the offsets
        assertHas(violations, MEASURE_SPAN, null, "rg:quote has 54 characters but rg:end - rg:start is -5");
        assertEquals(2, violations.size(), violations::toString);
    }

    @Test
    void quotesAreMeasuredInCodePointsNotUtf16Units() {
        Model plan = plan();
        Resource mentionSpan = res("plan/wuhan-test-2023/span/79-85");
        // U+20000 takes two UTF-16 units but is one code point, as rg:start and rg:end count
        replace(plan, mentionSpan, RG.quote, plan.createLiteral("市市场监管\uD840\uDC00"));
        ValidationReport report = validator.validate(plan.getGraph());
        assertTrue(report.conforms(), report::toString);
        replace(plan, mentionSpan, RG.quote, plan.createLiteral("市市场监管局\uD840\uDC00"));
        assertOnlyViolation(plan, mentionSpan, null, "rg:quote has 7 characters but rg:end - rg:start is 6");
    }

    @Test
    void aChecksumThatIsNotSha256HexIsAViolation() {
        Model plan = plan();
        replace(plan, LOAD, RG.sha256, plan.createLiteral("4C0BDBEE"));
        assertOnlyViolation(plan, LOAD, "rg:sha256", "64 lowercase hexadecimal digits");
    }

    @Test
    void anAttributionWhoseMeasureLacksTheShortcutIsAViolation() {
        Model plan = plan();
        plan.remove(MEASURE_1, RG.responsibleAgency, MARKET_REGULATION);
        assertOnlyViolation(plan, res("plan/wuhan-test-2023/1.1/attribution/2"), null,
                "lacks the shortcut <" + RG.responsibleAgency.getURI() + "> to its agency <"
                        + MARKET_REGULATION.getURI() + ">");
    }

    @Test
    void firstListedIsOnlyForALeadOfRankOne() {
        Model plan = plan();
        replace(plan, LEAD_ATTRIBUTION, RG.basis, RG.FirstListed);
        replace(plan, LEAD_ATTRIBUTION, RG.rank, integer(2));
        assertOnlyViolation(plan, LEAD_ATTRIBUTION, null, "rg:FirstListed must have rg:role rg:Lead and rg:rank 1");
    }

    @Test
    void aMeasureCountThatDisagreesWithTheMeasuresIsAViolation() {
        Model plan = plan();
        replace(plan, PLAN, RG.measureCount, integer(3));
        assertOnlyViolation(plan, PLAN, null, "rg:measureCount is 3 but the graph has 2 rg:Measure");
    }

    @Test
    void aCityMustCountForItself() {
        Model plan = plan();
        replace(plan, WUHAN, RG.city, res("jurisdiction/hubei"));
        List<ValidationResult> violations = validator.validate(plan.getGraph()).violations();
        assertHas(violations, WUHAN, null, "has rg:city <" + ID + "jurisdiction/hubei> instead of itself");
        assertHas(violations, WUHAN, null, "is not a jurisdiction at level rg:City");
    }

    @Test
    void anAgencyWithoutATypeIsOnlyAWarning() {
        Model plan = plan();
        plan.removeAll(MARKET_REGULATION, RG.agencyType, null);
        ValidationReport report = validator.validate(plan.getGraph());
        assertFalse(report.hasViolations(), report::toString);
        assertFalse(report.conforms());
        assertEquals(1, report.warnings().size(), report::toString);
        assertHas(report.warnings(), MARKET_REGULATION, "rg:agencyType", "has no rg:agencyType");
    }

    @Test
    void aMeasureWithoutTextIsOnlyAWarning() {
        Model plan = plan();
        plan.removeAll(MEASURE_1, RG.text, null);
        ValidationReport report = validator.validate(plan.getGraph());
        assertFalse(report.hasViolations(), report::toString);
        assertEquals(1, report.results().size(), report::toString);
        assertHas(report.warnings(), MEASURE_1, "rg:text", "has no rg:text");
    }

    @Test
    void anAgencyTypeOutsideTheSchemeIsAViolation() {
        Model plan = plan();
        replace(plan, MARKET_REGULATION, RG.agencyType, ResourceFactory.createResource(RG.AGENCY_TYPE_NS + "no-such-type"));
        assertOnlyViolation(plan, MARKET_REGULATION, "rg:agencyType", "an rg:AgencyType of the agency-type scheme");
    }

    @Test
    void resultsNameTheOffendingValue() {
        Model plan = plan();
        replace(plan, LEAD_ATTRIBUTION, RG.rank, integer(0));
        ValidationResult result = validator.validate(plan.getGraph()).violations().get(0);
        assertEquals(integer(0).asNode(), result.value());
        assertEquals("MinInclusiveConstraintComponent", result.component());
        assertEquals("VIOLATION: <" + LEAD_ATTRIBUTION.getURI() + "> rg:rank: "
                + "Attribution needs exactly one rg:rank, an xsd:integer >= 1 (value: 0)", result.toString());
    }

    @Test
    void theStandardValidatorObjectsAtMostToAgencyTypesItsSchemeLacks() {
        // the shipped agency-type scheme is maintained separately and may not (yet) have the fixture's two types:
        // whatever else the graph has is checked against the shipped ontology alone
        ValidationReport report = ShapesValidator.standard().validate(plan().getGraph());
        for (ValidationResult result : report.results()) {
            assertEquals("rg:agencyType", result.path(), report::toString);
        }
    }

    @Test
    void aMeasureWithoutATopicIsOnlyAWarning() {
        Model plan = plan();
        plan.removeAll(MEASURE_1, RG.topic, null);
        plan.removeAll(TOPIC_1, null, null);
        ValidationReport report = validator.validate(plan.getGraph());
        assertFalse(report.hasViolations(), report::toString);
        assertEquals(1, report.results().size(), report::toString);
        assertHas(report.warnings(), MEASURE_1, "rg:topic", "at least one rg:topic");
    }

    @Test
    void aReformTypeShortcutWithoutItsOccurrenceIsAViolation() {
        Model plan = plan();
        plan.removeAll(REFORM_1, null, null);
        assertOnlyViolation(plan, MEASURE_1, null, "has no rg:ReformTypeOccurrence");
    }

    @Test
    void aTopicBasisOutsideTheThreeIsAViolation() {
        Model plan = plan();
        replace(plan, TOPIC_1, RG.basis, RG.Explicit);
        assertOnlyViolation(plan, TOPIC_1, "rg:basis", "rg:FromHeading, rg:FromWords, rg:FromNeighbour");
    }

    @Test
    void aWellFormedTargetConforms() {
        Model plan = plan();
        target(plan, "<=", 2025);
        ValidationReport report = validator.validate(plan.getGraph());
        assertTrue(report.conforms(), report::toString);
    }

    @Test
    void aTargetComparatorOutsideTheFixedSetIsAViolation() {
        Model plan = plan();
        Resource target = target(plan, "至多", null);
        assertOnlyViolation(plan, target, "rg:comparator", "one of");
    }

    @Test
    void aTargetDeadlineThatIsNoYearIsAViolation() {
        Model plan = plan();
        Resource target = target(plan, ">=", 20251231);
        assertOnlyViolation(plan, target, "rg:deadline", "a year");
    }

    /** A target of measure 1.1 (the fixture's text has no number; the span stands in for its quote). */
    private static Resource target(Model plan, String comparator, Integer deadline) {
        Resource target = plan.createResource(ID + "plan/wuhan-test-2023/1.1/target/1")
                .addProperty(RDF.type, RG.Target)
                .addProperty(RG.measure, MEASURE_1)
                .addLiteral(RG.value, plan.createTypedLiteral(new BigDecimal("0.5")))
                .addProperty(RG.unit, "天")
                .addProperty(RG.comparator, comparator)
                .addLiteral(RG.confidence, plan.createTypedLiteral(new BigDecimal("0.80")))
                .addProperty(RG.evidence, MEASURE_SPAN);
        if (deadline != null) {
            target.addLiteral(RG.deadline, integer(deadline));
        }
        plan.add(MEASURE_1, RG.target, target);
        return target;
    }

    private static void assertOnlyViolation(Model plan, Resource focus, String path, String messagePart) {
        ValidationReport report = validator.validate(plan.getGraph());
        assertEquals(1, report.results().size(), report::toString);
        assertHas(report.violations(), focus, path, messagePart);
    }

    private static void assertHas(List<ValidationResult> results, Resource focus, String path, String messagePart) {
        for (ValidationResult result : results) {
            if (result.focusNode().equals(focus.asNode()) && java.util.Objects.equals(path, result.path())
                    && result.message().contains(messagePart)) {
                return;
            }
        }
        fail("expected a result on " + focus + " " + path + " saying '" + messagePart + "', got:\n" + results);
    }

    private static void replace(Model model, Resource subject, Property property, org.apache.jena.rdf.model.RDFNode value) {
        model.removeAll(subject, property, null);
        model.add(subject, property, value);
    }

    private static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Resource res(String path) {
        return ResourceFactory.createResource(ID + path);
    }

    private static Model plan() {
        Model plan = read("conforming-plan.ttl");
        if (!plan.contains(PLAN, RDF.type, RG.Plan)) {
            throw new IllegalStateException("conforming-plan.ttl lost its plan");
        }
        return plan;
    }

    private static Model read(String name) {
        try (InputStream in = ShapesValidatorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
