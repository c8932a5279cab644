package org.reformgraph.api.clients;

/** The questions every client asks of the seeds: each answer has Chinese literals tagged {@code @zh}. */
final class SeedQueries {
    private SeedQueries() {
    }

    static final String PREFIXES = """
            PREFIX rg:   <https://w3id.org/reformgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /** Every plan with its jurisdiction's label. */
    static final String PLAN_JURISDICTIONS = PREFIXES + """
            SELECT DISTINCT ?plan ?jurisdiction ?label
            WHERE { ?plan a rg:Plan ; rg:jurisdiction ?jurisdiction . ?jurisdiction rdfs:label ?label }
            ORDER BY ?plan
            """;

    /** The Wuhan city agencies with their names and types. */
    static final String WUHAN_AGENCIES = PREFIXES + """
            CONSTRUCT { ?agency skos:prefLabel ?name ; rg:agencyType ?type }
            WHERE {
              ?agency a rg:Agency ; skos:prefLabel ?name ; rg:jurisdiction ?where .
              ?where rdfs:label "武汉市"@zh .
              OPTIONAL { ?agency rg:agencyType ?type }
            }
            """;

    /** How many agencies of each type, with the type's Chinese name. */
    static final String AGENCY_TYPES = PREFIXES + """
            SELECT ?type ?name (COUNT(DISTINCT ?agency) AS ?agencies)
            WHERE {
              ?agency a rg:Agency ; rg:agencyType ?type .
              ?type skos:prefLabel ?name FILTER(lang(?name) = "zh")
            }
            GROUP BY ?type ?name
            ORDER BY DESC(?agencies) ?type
            """;
}
