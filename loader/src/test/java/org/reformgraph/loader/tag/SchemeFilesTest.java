package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.RG;

/** The shipped schemes are complete: bilingual labels, definitions, and cross-scheme links that resolve. */
class SchemeFilesTest {
    private static boolean hasLabel(Resource r, String lang) {
        return r.listProperties(SKOS.prefLabel).toList().stream().anyMatch(s -> lang.equals(s.getLanguage()));
    }

    @Test
    void everyReformTypeHasChineseAndEnglishLabelsAndADefinition() {
        Model m = SchemeFiles.read(SchemeFiles.REFORM_TYPES);
        List<Resource> concepts = m.listResourcesWithProperty(RDF.type, RG.ReformType).toList();
        assertEquals(74, concepts.size());
        for (Resource c : concepts) {
            assertTrue(hasLabel(c, "zh") && hasLabel(c, "en"), c + " lacks a zh or en prefLabel");
            assertTrue(c.hasProperty(SKOS.definition), c + " has no definition");
            assertTrue(c.hasProperty(SKOS.inScheme, m.createResource(RG.SCHEME_NS + "reform-type")), c.toString());
        }
    }

    @Test
    void chineseIndicatorsMatchBreadyTopicsThatExist() {
        Model bready = SchemeFiles.read(SchemeFiles.TOPICS_BREADY);
        Model cn = SchemeFiles.read(SchemeFiles.TOPICS_CN);
        int links = 0;
        for (Resource indicator : cn.listResourcesWithProperty(RDF.type, RG.Topic).toList()) {
            assertTrue(hasLabel(indicator, "zh") && hasLabel(indicator, "en"), indicator.toString());
            for (RDFNode match : cn.listObjectsOfProperty(indicator, SKOS.closeMatch).toList()) {
                assertTrue(bready.contains(match.asResource(), RDF.type, RG.Topic), match + " is not a B-READY topic");
                links++;
            }
        }
        assertEquals(13, links);
        assertTrue(bready.contains(null, RG.keyword, (RDFNode) null), "topics carry rg:keyword");
    }
}
