package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.ontology.RG;

class TagEmitterTest {
    private static final String MEASURE = RG.DEFAULT_BASE + "plan/wuhan-2023/2.5.1";

    /** Stands in for the pipeline's minter: one TextSpan per span, under the plan. */
    private static Function<Span, Resource> minter(Model model) {
        return span -> model.createResource(RG.DEFAULT_BASE + "plan/wuhan-2023/span/" + span.start() + "-" + span.end())
                .addProperty(RDF.type, RG.TextSpan)
                .addLiteral(RG.start, span.start()).addLiteral(RG.end, span.end());
    }

    private static Model emit(MeasureTags tags) {
        Model model = ModelFactory.createDefaultModel();
        new TagEmitter().emit(model, model.createResource(MEASURE), tags, minter(model));
        return model;
    }

    /** {@code pattern} is the body of the WHERE clause, optionally closed and followed by an ORDER BY. */
    private static List<QuerySolution> select(Model model, String pattern) {
        String query = "PREFIX rg: <" + RG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT * WHERE { "
                + pattern + (pattern.contains("ORDER BY") ? "" : " }");
        try (QueryExecution qe = QueryExecution.create(query, model)) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void reformTypesAreShortcutAndQualifiedOccurrence() {
        MeasureTags tags = new MeasureTags("2.5.1", List.of(
                new ReformTypeOccurrence("loan-renewal-without-principal-repayment", "无还本续贷", new Span(40, 45), true,
                        false, 0.95),
                new ReformTypeOccurrence("sui-jie-sui-hai", "随借随还", new Span(20, 24), true, true, 0.6)),
                List.of(), List.of());
        Model model = emit(tags);
        List<QuerySolution> rows = select(model, "<" + MEASURE + "> rg:reformType ?t . ?o a rg:ReformTypeOccurrence ;"
                + " rg:measure <" + MEASURE + "> ; rg:reformType ?t ; rg:confidence ?c ; rg:quoted ?q ;"
                + " rg:evidence [ rg:start ?s ] } ORDER BY ?o");
        assertEquals(2, rows.size());
        assertEquals(MEASURE + "/reform/1", rows.get(0).getResource("o").getURI());
        assertEquals(RG.REFORM_TYPE_NS + "loan-renewal-without-principal-repayment",
                rows.get(0).getResource("t").getURI());
        assertEquals(new BigDecimal("0.95"), rows.get(0).getLiteral("c").getValue());
        assertEquals(40, rows.get(0).getLiteral("s").getInt());
        assertEquals(TagEmitter.CANDIDATE_NS + "sui-jie-sui-hai", rows.get(1).getResource("t").getURI());
        List<QuerySolution> candidate = select(model, "?t rg:candidate true ; a rg:ReformType ; skos:prefLabel ?l");
        assertEquals("随借随还", candidate.get(0).getLiteral("l").getString());
    }

    @Test
    void topicsCarryTheirBasis() {
        Model model = emit(new MeasureTags("2.5.1", List.of(), List.of(
                new TopicAssignment(TopicTaggerTest.BREADY + "financial-services", 0.9, TopicAssignment.HEADING),
                new TopicAssignment(TopicTaggerTest.CN + "getting-credit", 0.6, TopicAssignment.WORDS)), List.of()));
        List<QuerySolution> rows = select(model, "<" + MEASURE + "> rg:topic ?t . ?a a rg:TopicAssignment ;"
                + " rg:topic ?t ; rg:basis ?b ; rg:confidence ?c } ORDER BY ?a");
        assertEquals(2, rows.size());
        assertEquals(MEASURE + "/topic/1", rows.get(0).getResource("a").getURI());
        assertEquals(RG.FromHeading.getURI(), rows.get(0).getResource("b").getURI());
        assertEquals(RG.FromWords.getURI(), rows.get(1).getResource("b").getURI());
    }

    @Test
    void targetsHaveValueUnitComparatorDeadlineAndEvidence() {
        Model model = emit(new MeasureTags("2.5.1", List.of(), List.of(), List.of(
                new Target(new BigDecimal("98"), "%", ">=", 2025, new Span(100, 106), 0.8),
                new Target(new BigDecimal("0.5"), "天", "=", null, new Span(10, 14), 0.6))));
        List<QuerySolution> rows = select(model, "<" + MEASURE + "> rg:target ?t . ?t a rg:Target ; rg:measure ?m ;"
                + " rg:value ?v ; rg:unit ?u ; rg:comparator ?k ; rg:evidence ?e OPTIONAL { ?t rg:deadline ?d } } ORDER BY ?t");
        assertEquals(2, rows.size());
        QuerySolution first = rows.get(0);
        assertEquals(MEASURE + "/target/1", first.getResource("t").getURI());
        assertEquals(new BigDecimal("98"), new BigDecimal(first.getLiteral("v").getLexicalForm()));
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal, first.getLiteral("v").getDatatype());
        assertEquals("%", first.getLiteral("u").getString());
        assertEquals(">=", first.getLiteral("k").getString());
        assertEquals(2025, first.getLiteral("d").getInt());
        assertTrue(first.getResource("e").getURI().endsWith("/span/100-106"));
        assertTrue(rows.get(1).get("d") == null);
    }
}
