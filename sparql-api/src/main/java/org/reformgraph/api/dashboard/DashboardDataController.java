package org.reformgraph.api.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.ModelFactory;
import org.reformgraph.api.ReformgraphProperties;
import org.reformgraph.api.linkeddata.Prefixes;
import org.reformgraph.api.sparql.SparqlEndpointConfiguration;
import org.reformgraph.ontology.RG;
import org.reformgraph.queries.QueryLibrary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the pages need to know about this server and cannot ask SPARQL: where resources of the graph are served (so a
 * chart item links to its {@code /id/...} page), the prefixes the editor starts with, and the editor's examples.
 */
@RestController
public class DashboardDataController {
    private final ReformgraphProperties properties;
    private final QueryLibrary library;

    public DashboardDataController(ReformgraphProperties properties, QueryLibrary library) {
        this.properties = properties;
        this.library = library;
    }

    /** The base IRI, the scheme and ontology namespaces, the endpoint, and the project's prefixes. */
    @GetMapping(value = "/dashboard/config.json", produces = "application/json")
    Map<String, Object> config() {
        Map<String, String> prefixes = new TreeMap<>(
                Prefixes.declare(ModelFactory.createDefaultModel(), properties.base()).getNsPrefixMap());
        return Map.of("base", properties.base(), "schemes", RG.SCHEME_NS, "ontology", RG.NS,
                "endpoint", SparqlEndpointConfiguration.QUERY_PATH, "prefixes", prefixes);
    }

    /** The query library, each query runnable as it stands (see {@link EditorExamples}). */
    @GetMapping(value = "/editor/examples.json", produces = "application/json")
    List<EditorExamples.Example> examples() {
        return EditorExamples.of(library);
    }
}
