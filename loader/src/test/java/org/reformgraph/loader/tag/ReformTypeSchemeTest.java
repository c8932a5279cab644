package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.RG;

class ReformTypeSchemeTest {
    @Test
    void theShippedSchemeHasAsciiSlugsAndFindsVariants() {
        ReformTypeScheme scheme = ReformTypeScheme.load();
        assertTrue(scheme.concepts().size() >= 60, "concepts: " + scheme.concepts().size());
        for (ReformTypeConcept c : scheme.concepts()) {
            assertTrue(c.slug().matches("[a-z0-9-]+"), c.slug());
            assertEquals(RG.REFORM_TYPE_NS + c.slug(), c.iri());
        }
        assertEquals("double-random-one-public", scheme.byLabel("双随机一公开").orElseThrow().slug());
        assertEquals("double-random-one-public", scheme.byLabel("双随机、一公开").orElseThrow().slug());
        assertEquals("single-window", scheme.byLabel("国际贸易“单一窗口”").orElseThrow().slug());
        assertEquals("single-window", scheme.byLabel("单一窗口").orElseThrow().slug());
        assertFalse(scheme.byLabel("一站式").isPresent());
    }

    @Test
    void noReformTypeIsAlsoListedAsNotAReform() {
        ReformTypeScheme scheme = ReformTypeScheme.load();
        NotReforms not = NotReforms.load();
        for (ReformTypeConcept c : scheme.concepts()) {
            for (String label : c.labels()) {
                assertFalse(not.contains(label), label + " is both a reform type and not a reform");
            }
        }
    }

    @Test
    void aLabelNamingTwoConceptsIsRejected() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix rg: <https://w3id.org/reformgraph/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/reformgraph/scheme/reform-type/a> a rg:ReformType ; skos:prefLabel "单一窗口"@zh .
                <https://w3id.org/reformgraph/scheme/reform-type/b> a rg:ReformType ; skos:prefLabel "一网通办"@zh ;
                    skos:altLabel "单一窗口"@zh .
                """), null, "TTL");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReformTypeScheme.fromModel(m));
        assertTrue(e.getMessage().contains("单一窗口"), e.getMessage());
    }
}
