package org.reformgraph.api.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.api.linkeddata.GraphReader;
import org.reformgraph.api.linkeddata.GraphReader.Row;

/**
 * Live statistics of the dataset, each one COUNT query over the union graph (the endpoint's default graph), so that
 * what the VoID description states is what a user's own COUNT returns.
 *
 * @param triples          distinct triples of the union graph ({@code void:triples})
 * @param quads            triples summed over every named graph (what the N-Quads dump holds)
 * @param distinctSubjects {@code void:distinctSubjects}
 * @param distinctObjects  {@code void:distinctObjects}
 * @param properties       {@code void:properties}
 * @param plans            resources of type rg:Plan that a load run generated
 * @param entitiesByClass  class IRI → distinct instances ({@code void:classPartition})
 * @param triplesByGraph   named graph IRI → triples
 * @param lastLoad         the latest {@code prov:endedAtTime} of the load runs, as written; null when nothing was loaded
 */
public record DatasetStatistics(long triples, long quads, long distinctSubjects, long distinctObjects, long properties,
                                long plans, Map<String, Long> entitiesByClass, Map<String, Long> triplesByGraph,
                                String lastLoad) {
    static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String SUBJECTS = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }";
    static final String OBJECTS = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }";
    static final String PROPERTIES = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }";
    static final String PLANS = "SELECT (COUNT(DISTINCT ?plan) AS ?n) WHERE { ?plan a rg:Plan ; prov:wasGeneratedBy ?run }";
    static final String CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c";
    static final String GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
    static final String LAST_LOAD = "SELECT (MAX(?t) AS ?last) WHERE { ?run a rg:LoadRun ; prov:endedAtTime ?t }";

    public static DatasetStatistics read(GraphReader reader) {
        return new DatasetStatistics(count(reader, TRIPLES), count(reader, QUADS), count(reader, SUBJECTS),
                count(reader, OBJECTS), count(reader, PROPERTIES), count(reader, PLANS),
                grouped(reader, CLASSES, "c"), grouped(reader, GRAPHS, "g"),
                reader.select(LAST_LOAD, Map.of()).stream().map(r -> r.text("last")).filter(t -> t != null)
                        .findFirst().orElse(null));
    }

    private static long count(GraphReader reader, String query) {
        List<Row> rows = reader.select(query, Map.of());
        return rows.isEmpty() ? 0 : rows.get(0).integer("n", 0);
    }

    private static Map<String, Long> grouped(GraphReader reader, String query, String key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : reader.select(query, Map.of())) {
            if (row.iri(key) != null) {
                counts.put(row.iri(key), row.integer("n", 0));
            }
        }
        return counts;
    }
}
