package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;

/**
 * Every attribution and mention in the graph carries a confidence in [0,1], and the value says how the fact was found
 * (docs/EXTRACTION.md has the table): the corpus plans exercise each way.
 */
class ConfidenceInGraphTest {
    private static final String QUERY = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            SELECT ?surface ?role ?basis ?inherited ?confidence WHERE { GRAPH ?g {
              ?a a rg:Attribution ; rg:surfaceForm ?surface ; rg:role ?role .
              OPTIONAL { ?a rg:basis ?basis } OPTIONAL { ?a rg:inherited ?inherited } OPTIONAL { ?a rg:confidence ?confidence } } }
            """;

    /** Confidence by "surface role basis", with -1 where an attribution has none. */
    Map<String, Double> confidences(String file) {
        GoldPlan gold = new GoldReader().read(CorpusEvaluation.corpusFolder().resolve(file.replace(".txt", ".gold.json")));
        Dataset dataset = DatasetFactory.createTxnMem();
        new PlanLoader(RG.DEFAULT_BASE).load(dataset, new PlanMetadata(gold.planId(), null, null, null, null, gold.year(),
                null, false, gold.toJurisdiction(), file, null), CorpusEvaluation.corpusFolder().resolve(file));
        Map<String, Double> out = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(QUERY).build()) {
                ResultSet rs = q.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String key = s.getLiteral("surface").getString() + " " + local(s.get("role").toString()) + " "
                            + (s.contains("basis") ? local(s.get("basis").toString()) : "-")
                            + (s.contains("inherited") && s.getLiteral("inherited").getBoolean() ? " inherited" : "");
                    out.put(key, s.contains("confidence") ? s.getLiteral("confidence").getDouble() : -1);
                }
            }
            long mentionsWithout = 0;
            try (QueryExecution q = QueryExecution.dataset(dataset).query("""
                    PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                    SELECT (COUNT(?x) AS ?n) WHERE { GRAPH ?g { ?x a rg:AgencyMention
                      FILTER NOT EXISTS { ?x rg:confidence ?c FILTER (?c >= 0 && ?c <= 1) } } }""").build()) {
                mentionsWithout = q.execSelect().next().getLiteral("n").getLong();
            }
            assertEquals(0, mentionsWithout, "mentions without a confidence in [0,1]");
        });
        for (Map.Entry<String, Double> e : out.entrySet()) {
            assertTrue(e.getValue() >= 0 && e.getValue() <= 1, e.getKey() + " has no confidence in [0,1]: " + e.getValue());
        }
        return out;
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void labelledStatementsAreSurerThanFirstListedLeads() {
        Map<String, Double> anji = confidences("anji-county-2020.txt");
        assertTrue(anji.values().stream().allMatch(c -> c == 0.95), anji.toString());
    }

    @Test
    void aLeadByTheNoticesConventionIsExplicitButBelowALabelledOne() {
        Map<String, Double> qingdao = confidences("qingdao-city-2021.txt");
        assertEquals(0.85, qingdao.get("市行政审批局 lead explicit"), qingdao.toString());
        assertEquals(0.95, qingdao.get("市大数据局 responsible explicit"), qingdao.toString());
    }

    @Test
    void unitsSplitOutOfAFlattenedRowHaveTheLowerConfidenceOfAnInferredCut() {
        Map<String, Double> wuhou = confidences("wuhou-district-2023.txt");
        assertEquals(0.75, wuhou.get("区财政局 lead explicit"), wuhou.toString());
        assertEquals(0.75, wuhou.get("区直相关单位 responsible explicit"), wuhou.toString());
    }

    @Test
    void aSectionsLeadIsInheritedWithItsOwnConfidence() {
        Map<String, Double> suzhou = confidences("suzhou-city-2022.txt");
        assertEquals(0.9, suzhou.get("市住建局 lead explicit inherited"), suzhou.toString());
        assertEquals(0.95, suzhou.get("市政务办 responsible explicit"), suzhou.toString());
        assertEquals(0.95, suzhou.get("市中级人民法院 responsible explicit"), "first of its own list, under the section's lead");
        assertEquals(0.95, suzhou.get("市发改委 responsible explicit"), "sole unit of its own list, under the section's lead");
    }
}
