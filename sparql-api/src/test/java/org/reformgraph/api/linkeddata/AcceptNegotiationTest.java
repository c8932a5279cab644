package org.reformgraph.api.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptNegotiationTest {
    @Test
    void aBrowserGetsHtml() {
        assertEquals(Optional.of(Representation.HTML), AcceptNegotiation.choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void noHeaderOrAnyTypeGetsTurtle() {
        assertEquals(Optional.of(Representation.TURTLE), AcceptNegotiation.choose(null));
        assertEquals(Optional.of(Representation.TURTLE), AcceptNegotiation.choose("*/*"));
    }

    @Test
    void qualityDecidesThenSpecificity() {
        assertEquals(Optional.of(Representation.JSON_LD),
                AcceptNegotiation.choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(Representation.N_TRIPLES), AcceptNegotiation.choose("*/*, application/n-triples"));
        assertEquals(Optional.of(Representation.RDF_XML), AcceptNegotiation.choose("application/rdf+xml"));
    }

    @Test
    void aTypeWeDoNotHaveGetsNothing() {
        assertTrue(AcceptNegotiation.choose("image/png").isEmpty());
        assertTrue(AcceptNegotiation.choose("text/turtle;q=0").isEmpty());
        assertTrue(AcceptNegotiation.choose("not a media type").isEmpty());
    }
}
