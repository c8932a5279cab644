package org.reformgraph.api.linkeddata;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reformgraph.ontology.OntologyResources;

/**
 * The description of one resource, served at its IRI: a concise bounded description from the union graph (its
 * outgoing triples and the blank nodes under them), the labels of the resources it links to (so a client can show
 * them without another request), the text spans behind its evidence, and, for a measure, the qualified statements
 * about it (attributions, mentions, reform-type occurrences, topic assignments, targets) with their spans. The
 * ontology's own IRI is described by the ontology document as shipped.
 */
public final class ResourceDescriber {
    private static final String DESCRIBE = """
            CONSTRUCT {
              ?r ?p ?o . ?o ?lp ?label . ?b ?bp ?bo .
              ?q ?qp ?qo . ?qo ?qlp ?qlabel . ?span ?sp ?so .
            } WHERE {
              { ?r ?p ?o .
                OPTIONAL { ?o ?lp ?label . FILTER (?lp IN (skos:prefLabel, rdfs:label, dct:title)) } }
              UNION { ?r ?bp0 ?b . FILTER isBlank(?b) ?b ?bp ?bo }
              UNION { ?r rg:evidence ?span . ?span ?sp ?so }
              UNION { ?q rg:measure ?r . ?q ?qp ?qo .
                      OPTIONAL { ?qo ?qlp ?qlabel . FILTER (?qlp IN (skos:prefLabel, rdfs:label, dct:title)) } }
              UNION { ?q rg:measure ?r . ?q rg:evidence ?span . ?span ?sp ?so }
            }
            """;
    private static final String EXISTS = "ASK { ?r ?p ?o }";

    private final GraphReader reader;
    private final String base;
    private final Model ontology = OntologyResources.ontology();

    public ResourceDescriber(GraphReader reader, String base) {
        this.reader = reader;
        this.base = base;
    }

    /** The description of {@code iri}; empty when the graph says nothing about it. */
    public Optional<Model> describe(String iri) {
        if (iri.equals(OntologyResources.ONTOLOGY_IRI)) {
            return Optional.of(Prefixes.declare(ModelFactory.createDefaultModel(), base).add(ontology)
                    .setNsPrefixes(ontology.getNsPrefixMap()));
        }
        Map<String, Resource> binding = Map.of("r", ResourceFactory.createResource(iri));
        if (!reader.ask(EXISTS, binding)) {
            return Optional.empty();
        }
        Model description = reader.construct(DESCRIBE, binding);
        return Optional.of(Prefixes.declare(description, base));
    }

    public boolean exists(String iri) {
        return iri.equals(OntologyResources.ONTOLOGY_IRI)
                || reader.ask(EXISTS, Map.of("r", ResourceFactory.createResource(iri)));
    }

    /** The ontology as shipped with this server (a fresh copy). */
    public Model ontology() {
        return ModelFactory.createDefaultModel().add(ontology).setNsPrefixes(ontology.getNsPrefixMap());
    }
}
