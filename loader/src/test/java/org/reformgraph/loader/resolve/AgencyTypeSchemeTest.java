package org.reformgraph.loader.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.reformgraph.ontology.RG;

class AgencyTypeSchemeTest {
    static final Model MODEL = RDFDataMgr.loadModel(AgencyTypeScheme.RESOURCE);
    static final Resource SCHEME = MODEL.createResource("https://w3id.org/reformgraph/scheme/agency-type");

    @Test
    void isAConceptSchemeWithChineseAndEnglishLabels() {
        assertTrue(SCHEME.hasProperty(RDF.type, SKOS.ConceptScheme));
        assertTrue(SCHEME.hasProperty(SKOS.prefLabel, MODEL.createLiteral("机构类型", "zh")));
        assertTrue(SCHEME.hasProperty(SKOS.prefLabel, MODEL.createLiteral("Agency types", "en")));
    }

    @Test
    void everyConceptIsCompleteAndInTheScheme() {
        List<Resource> concepts = MODEL.listSubjectsWithProperty(RDF.type, RG.AgencyType).toList();
        assertTrue(concepts.size() >= 40, concepts.size() + " types");
        for (Resource c : concepts) {
            assertTrue(c.getURI().matches("https://w3id\\.org/reformgraph/scheme/agency-type/[a-z][a-z-]*"), c.getURI());
            assertTrue(c.hasProperty(RDF.type, SKOS.Concept), c.getURI());
            assertTrue(c.hasProperty(SKOS.inScheme, SCHEME), c.getURI());
            assertEquals(1, languages(c, SKOS.prefLabel, "zh"), c + " has one Chinese prefLabel");
            assertEquals(1, languages(c, SKOS.prefLabel, "en"), c + " has one English prefLabel");
            assertEquals(1, languages(c, SKOS.definition, "en"), c + " has an English definition");
        }
    }

    private static long languages(Resource c, org.apache.jena.rdf.model.Property p, String lang) {
        return c.listProperties(p).toList().stream().map(Statement::getLanguage).filter(lang::equals).count();
    }

    @Test
    void coreNameVariantsNameTheirType() {
        AgencyTypeScheme scheme = AgencyTypeScheme.get();
        for (String variant : List.of("发展和改革委员会", "发展改革委", "发改委", "发展和改革局", "发改局")) {
            assertEquals(Optional.of("development-reform"), scheme.typeOf(variant), variant);
        }
        for (String variant : List.of("政务服务和大数据管理局", "政务服务大数据局", "政务服务数据管理局", "行政审批局", "行政审批服务局", "政务服务中心")) {
            assertEquals(Optional.of("government-services-data"), scheme.typeOf(variant), variant);
        }
        assertEquals(Optional.of("market-regulation"), scheme.typeOf("工商质监局"));
        assertEquals(Optional.of("court"), scheme.typeOf("中级人民法院"));
        assertEquals(Optional.of("district-governments"), scheme.typeOf("各区人民政府"));
        assertTrue(AgencyTypeScheme.isCollective("district-governments"));
        assertFalse(AgencyTypeScheme.isCollective("court"));
        assertTrue(scheme.knows("经科局"), "a merged body is known without being a label");
        assertTrue(scheme.typeOf("经科局").isEmpty());
    }

    @Test
    void mergedAndCollectiveTypesExistInTheScheme() {
        AgencyTypeScheme scheme = AgencyTypeScheme.get();
        for (String collective : CoreNames.COLLECTIVE) {
            assertTrue(scheme.isType(collective), collective);
        }
        for (String merged : AgencyTypeScheme.mergedCoreNames()) {
            CoreNames.merged(merged).orElseThrow().forEach(t -> assertTrue(scheme.isType(t), merged + " → " + t));
        }
    }
}
