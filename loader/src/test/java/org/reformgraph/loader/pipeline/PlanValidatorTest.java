package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.catalog.Catalog;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.LoadRun;
import org.reformgraph.loader.emit.PlanEmitter;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.ontology.RG;

/**
 * The quick check (shapes without SPARQL, then each SPARQL constraint once over the graph) must say the same as
 * Jena's per-node validation: nothing for a good plan, and, for a broken one, the full report.
 */
class PlanValidatorTest {
    private static final PlanValidator VALIDATOR = new PlanValidator(Stages.standardOntology());
    private static Model plan;

    @BeforeAll
    static void emitASeedPlan() throws Exception {
        Path folder = Seeds.folder();
        Catalog catalog = new CatalogReader(RG.DEFAULT_BASE).read(folder.resolve(CatalogReader.FILE_NAME));
        PlanMetadata metadata = catalog.plans().get(0);
        Path file = catalog.sourcePath(metadata);
        PlanLoader loader = new PlanLoader(RG.DEFAULT_BASE);
        PlanExtraction extraction = loader.extract(metadata, file.getFileName().toString(), Files.readAllBytes(file));
        plan = new PlanEmitter(loader.iris()).emit(extraction, new LoadRun(Instant.EPOCH, Instant.EPOCH, "test")).model();
    }

    @Test
    void theShippedSparqlConstraintsRunOnceOverTheGraphButTheOneWithANestedSelect() {
        // the plan's rg:measureCount is checked with a COUNT sub-query: with $this unbound it would count every plan's
        assertArrayEquals(new int[] {16, 1}, VALIDATOR.sparqlConstraintsWholeAndPerNode());
    }

    @Test
    void aGoodPlanHasNoViolationsEitherWay() {
        assertEquals(List.of(), VALIDATOR.fullViolations(plan));
        assertEquals(List.of(), VALIDATOR.violations(plan));
    }

    @Test
    void aSpanWhoseQuoteIsTooLongFailsOnlyASparqlConstraintAndIsReportedInFull() {
        Model broken = copy();
        Statement quote = broken.listStatements(null, RG.quote, (org.apache.jena.rdf.model.RDFNode) null).next();
        broken.remove(quote);
        broken.add(quote.getSubject(), RG.quote, quote.getString() + "多");
        assertSameReport(broken, "quote has");
    }

    @Test
    void aLeadThatIsNotAlsoResponsibleIsReported() {
        Model broken = copy();
        Statement lead = broken.listStatements(null, RG.leadAgency, (org.apache.jena.rdf.model.RDFNode) null).next();
        broken.remove(lead.getSubject(), RG.responsibleAgency, lead.getObject());
        assertSameReport(broken, "");
    }

    @Test
    void aTopicAssignedButMissingFromItsMeasureIsReported() {
        Model broken = copy();
        Resource assignment = broken.listSubjectsWithProperty(RDF.type, RG.TopicAssignment).next();
        Resource measure = assignment.getPropertyResourceValue(RG.measure);
        broken.remove(measure, RG.topic, assignment.getPropertyResourceValue(RG.topic));
        assertSameReport(broken, "");
    }

    @Test
    void aCoreViolationIsReportedInFull() {
        Model broken = copy();
        Statement quote = broken.listStatements(null, RG.quote, (org.apache.jena.rdf.model.RDFNode) null).next();
        broken.remove(quote);
        assertSameReport(broken, "rg:quote");
    }

    private static void assertSameReport(Model broken, String expectedInSomeLine) {
        List<String> quick = VALIDATOR.violations(broken);
        assertFalse(quick.isEmpty(), "the broken graph passed");
        assertEquals(VALIDATOR.fullViolations(broken), quick);
        assertTrue(quick.stream().anyMatch(line -> line.contains(expectedInSomeLine)), quick.toString());
    }

    private static Model copy() {
        return ModelFactory.createDefaultModel().add(plan).setNsPrefixes(plan.getNsPrefixMap());
    }
}
