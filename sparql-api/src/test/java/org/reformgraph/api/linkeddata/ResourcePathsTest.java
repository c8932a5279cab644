package org.reformgraph.api.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourcePathsTest {
    final ResourcePaths paths = new ResourcePaths("https://example.org/id/");

    @Test
    void resourcesUnderTheBaseAreServedUnderId() {
        assertEquals(Optional.of("https://example.org/id/plan/wuhan-2023/2.1.1"), paths.iriOf("/id/plan/wuhan-2023/2.1.1"));
        assertEquals(Optional.of("/id/agency/wuhan/taxation"), paths.pathOf("https://example.org/id/agency/wuhan/taxation"));
        assertEquals("/id/agency/wuhan/taxation.html", paths.href("https://example.org/id/agency/wuhan/taxation"));
    }

    @Test
    void schemesAndTheOntologyHaveFixedPlaces() {
        assertEquals(Optional.of("https://w3id.org/reformgraph/scheme/agency-type/taxation"),
                paths.iriOf("/scheme/agency-type/taxation"));
        assertEquals(Optional.of("https://w3id.org/reformgraph/ontology"), paths.iriOf("/ontology"));
        assertEquals("/ontology.html#Measure", paths.href("https://w3id.org/reformgraph/ontology#Measure"));
    }

    @Test
    void otherIrisAreLinkedAsTheyAre() {
        assertEquals("http://www.w3.org/ns/org#Organization", paths.href("http://www.w3.org/ns/org#Organization"));
    }

    @Test
    void pathsThatCannotBeIrisNameNothing() {
        assertTrue(paths.iriOf("/id/a>b").isEmpty());
        assertTrue(paths.iriOf("/id/").isEmpty());
        assertTrue(paths.iriOf("/elsewhere").isEmpty());
    }
}
