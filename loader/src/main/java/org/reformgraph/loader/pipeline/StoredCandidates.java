package org.reformgraph.loader.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.tag.CandidateTerm;
import org.reformgraph.loader.tag.CandidateTerms;
import org.reformgraph.loader.tag.MatchKey;
import org.reformgraph.loader.tag.TagEmitter;
import org.reformgraph.ontology.RG;

/**
 * What a single-file load knows of the plans already stored: the candidate reform types they quoted (pass 1 of a
 * folder load, read back from the graphs instead of re-reading every plan), and which stored plans write a
 * candidate's words without recording it, so that the load can say which plans would gain occurrences if re-loaded.
 */
final class StoredCandidates {
    private static final String CANDIDATES = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?concept ?label WHERE {
              GRAPH ?g { ?concept rg:candidate true ; skos:prefLabel ?label }
            } ORDER BY ?concept""";
    private static final String MEASURE_TEXTS = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            SELECT ?g ?planId ?text WHERE {
              GRAPH ?g { ?m a rg:Measure ; rg:plan ?plan ; rg:text ?text }
              FILTER (?g != ?self)
              BIND (REPLACE(STR(?plan), "^.*/", "") AS ?planId)
            }""";

    private StoredCandidates() {
    }

    /** Every candidate reform type described in any graph of the dataset. */
    static CandidateTerms read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<CandidateTerm> terms = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(CANDIDATES).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String iri = row.getResource("concept").getURI();
                    if (!iri.startsWith(TagEmitter.CANDIDATE_NS)) {
                        continue; // a candidate minted under another namespace is not ours to search for
                    }
                    String label = row.getLiteral("label").getLexicalForm();
                    terms.add(new CandidateTerm(MatchKey.normalise(label), label,
                            iri.substring(TagEmitter.CANDIDATE_NS.length())));
                }
            }
            return CandidateTerms.of(terms);
        });
    }

    /**
     * For each term, the ids of the stored plans (other than the graph {@code selfGraph}) in whose measure texts
     * {@code finds} finds it but whose graph records no occurrence of it: the plans that would gain occurrences if
     * re-loaded now.
     */
    static Map<String, List<String>> plansLacking(Dataset dataset, Collection<CandidateTerm> terms, String selfGraph,
                                                  BiPredicate<String, CandidateTerm> finds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        Map<String, TreeSet<String>> found = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            String query = MEASURE_TEXTS.replace("?self", "<" + selfGraph + ">");
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    String text = row.getLiteral("text").getLexicalForm();
                    String key = MatchKey.normalise(text);
                    Model graph = dataset.getNamedModel(row.getResource("g").getURI());
                    for (CandidateTerm term : terms) {
                        // the key test is cheap and rules out nearly every measure before the tagger looks
                        if (key.contains(term.key()) && finds.test(text, term) && !records(graph, term)) {
                            found.computeIfAbsent(term.label(), k -> new TreeSet<>())
                                    .add(row.getLiteral("planId").getLexicalForm());
                        }
                    }
                }
            }
        });
        found.forEach((label, plans) -> out.put(label, List.copyOf(plans)));
        return out;
    }

    private static boolean records(Model graph, CandidateTerm term) {
        return graph.contains(null, RG.reformType, graph.createResource(TagEmitter.CANDIDATE_NS + term.slug()));
    }
}
