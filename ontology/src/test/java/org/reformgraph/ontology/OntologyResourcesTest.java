package org.reformgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.Test;

class OntologyResourcesTest {

    @Test
    void theOntologyParsesAndIsTheOntologyItSaysItIs() {
        Model ontology = OntologyResources.ontology();
        assertTrue(ontology.contains(ontology.createResource(OntologyResources.ONTOLOGY_IRI), RDF.type, OWL2.Ontology));
        assertEquals(OntologyResources.ONTOLOGY_IRI, OntologyResources.GRAPH_IRI);
        assertEquals(OntologyResources.ONTOLOGY_IRI + "/0.1.0", OntologyResources.VERSION_IRI);
    }

    @Test
    void theShapesParseAsShacl() {
        Shapes shapes = OntologyResources.shapes();
        assertTrue(shapes.numShapes() >= 8, "shapes: " + shapes.numShapes());
        assertTrue(shapes.numRootShapes() >= 8, "node shapes with targets: " + shapes.numRootShapes());
    }

    @Test
    void theVocabularyIsTheOntologyPlusThePresentSchemes() {
        Model vocabulary = OntologyResources.vocabulary();
        // blank nodes differ between two parses of the same file, so compare the ground triples
        assertTrue(vocabulary.containsAll(groundTriples(OntologyResources.ontology())));
        assertTrue(vocabulary.containsAll(groundTriples(OntologyResources.schemes())));
        assertTrue(OntologyResources.SCHEMES.containsAll(OntologyResources.presentSchemes()));
    }

    private static Model groundTriples(Model model) {
        Model ground = ModelFactory.createDefaultModel();
        model.listStatements().forEach(statement -> {
            if (!statement.getSubject().isAnon() && !statement.getObject().isAnon()) {
                ground.add(statement);
            }
        });
        assertTrue(ground.size() > 0 || model.isEmpty());
        return ground;
    }

    @Test
    void everyTurtleFileShippedBesideTheOntologyIsLoadedSomewhere() throws IOException, URISyntaxException {
        URL ontology = OntologyResources.class.getClassLoader().getResource(OntologyResources.FOLDER
                + OntologyResources.ONTOLOGY);
        // the built classes folder, when tests run from it; a scheme dropped in without being listed would be ignored
        if (ontology == null || !"file".equals(ontology.getProtocol())) {
            return;
        }
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(ontology.toURI()).getParent())) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ttl")).forEach(shipped::add);
        }
        Set<String> known = new TreeSet<>(OntologyResources.SCHEMES);
        known.addAll(List.of(OntologyResources.ONTOLOGY, OntologyResources.SHAPES));
        shipped.removeAll(known);
        assertEquals(Set.of(), shipped, "add these to OntologyResources.SCHEMES");
    }

    @Test
    void aMissingResourceIsNamed() {
        OntologyResourceException e = assertThrows(OntologyResourceException.class,
                () -> OntologyResources.parse("no-such-scheme.ttl"));
        assertTrue(e.getMessage().contains("org/reformgraph/ontology/no-such-scheme.ttl is missing"), e.getMessage());
    }

    @Test
    void aResourceThatDoesNotParseIsNamedWithItsLine() {
        // src/test/resources holds a deliberately broken file in the same folder
        OntologyResourceException e = assertThrows(OntologyResourceException.class,
                () -> OntologyResources.parse("broken-for-test.ttl"));
        assertTrue(e.getMessage().contains("org/reformgraph/ontology/broken-for-test.ttl is not valid Turtle"),
                e.getMessage());
        assertTrue(e.getMessage().contains("line: 4"), e.getMessage());
    }
}
