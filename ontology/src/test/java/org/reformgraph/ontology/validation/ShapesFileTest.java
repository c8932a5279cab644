package org.reformgraph.ontology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.OntologyResources;
import org.reformgraph.ontology.RG;

/** shapes.ttl speaks to whoever reads a report: every constraint says in English what is wrong. */
class ShapesFileTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    @Test
    void everyPropertyShapeAndSparqlConstraintHasAnEnglishMessage() {
        Model shapes = OntologyResources.shapesModel();
        Set<String> silent = new TreeSet<>();
        for (String link : List.of("property", "sparql")) {
            Property property = shapes.createProperty(SH, link);
            shapes.listObjectsOfProperty(property).forEach(constraint -> {
                if (!hasEnglishMessage(shapes, constraint.asResource())) {
                    silent.add(link + " " + describe(shapes, constraint.asResource()));
                }
            });
        }
        assertEquals(Set.of(), silent);
    }

    @Test
    void everyClassOfModelMdThatTheLoaderWritesHasANodeShape() {
        Model shapes = OntologyResources.shapesModel();
        Property targetClass = shapes.createProperty(SH, "targetClass");
        for (Resource type : List.of(RG.Plan, RG.Section, RG.Measure, RG.Attribution, RG.AgencyMention, RG.TextSpan,
                RG.Agency, RG.Jurisdiction, RG.LoadRun, RG.ReformTypeOccurrence, RG.TopicAssignment, RG.Target)) {
            assertTrue(shapes.contains(null, targetClass, type), "no shape targets " + type.getLocalName());
        }
    }

    private static boolean hasEnglishMessage(Model shapes, Resource constraint) {
        for (RDFNode message : shapes.listObjectsOfProperty(constraint, shapes.createProperty(SH, "message")).toList()) {
            String text = message.asLiteral().getLexicalForm();
            if (!text.isBlank() && text.chars().allMatch(c -> c < 0x3000)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Model shapes, Resource constraint) {
        Resource path = constraint.getPropertyResourceValue(shapes.createProperty(SH, "path"));
        return path != null ? path.toString() : String.valueOf(constraint.getPropertyResourceValue(RDF.type));
    }
}
