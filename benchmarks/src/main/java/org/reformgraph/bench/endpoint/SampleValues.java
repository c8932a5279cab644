package org.reformgraph.bench.endpoint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryParameter;

/**
 * Values for the parameters a named query requires (those without a default), so that every query of the library is
 * timed, also the look-ups of one plan, agency, jurisdiction or measure. An IRI is taken from the data being measured
 * (the busiest plan, agency and jurisdiction: the look-up's worst case), so any corpus has one; a text is a phrase a
 * reader would type. A parameter neither knows is left unbound and the query is reported as not timed.
 */
final class SampleValues {
    private static final String PREFIX = "PREFIX rg: <https://w3id.org/reformgraph/ontology#> ";
    /** For each IRI parameter name, a query whose first {@code ?x} is the value. */
    private static final Map<String, String> IRI_QUERIES = Map.of(
            "plan", "SELECT ?x (COUNT(?m) AS ?n) WHERE { ?m rg:plan ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
            "agency", "SELECT ?x (COUNT(?m) AS ?n) WHERE { ?m rg:responsibleAgency ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
            "jurisdiction", "SELECT ?x (COUNT(?p) AS ?n) WHERE { ?p a rg:Plan ; rg:jurisdiction ?x } GROUP BY ?x "
                    + "ORDER BY DESC(?n) ?x LIMIT 1",
            "measure", "SELECT ?x WHERE { ?x a rg:Measure ; rg:leadAgency ?a } ORDER BY ?x LIMIT 1");
    /** Texts for the string parameters: a reform every city names, and an agency name part. */
    private static final Map<String, String> TEXTS = Map.of("q", "带押过户", "text", "市场监督");

    private final SparqlPeer store;
    private final Duration timeout;
    private final Map<String, Optional<String>> iris = new LinkedHashMap<>();

    SampleValues(SparqlPeer store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** The values of the query's required parameters; empty when one of them has no sample. */
    Optional<Map<String, String>> of(NamedQuery query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            if (parameter.defaultValue().isPresent()) {
                continue;
            }
            Optional<String> value = TEXTS.containsKey(parameter.name()) ? Optional.of(TEXTS.get(parameter.name()))
                    : iri(parameter.name());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(parameter.name(), value.get());
        }
        return Optional.of(values);
    }

    private Optional<String> iri(String parameter) {
        return iris.computeIfAbsent(parameter, name -> {
            String query = IRI_QUERIES.get(name);
            if (query == null) {
                return Optional.empty();
            }
            return store.firstValue(PREFIX + query, "x", timeout);
        });
    }
}
