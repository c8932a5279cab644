package org.reformgraph.api.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.linkeddata.SeededServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The VoID and DCAT description of the seeded dataset: its statistics are what COUNT queries at the endpoint say. */
@SeededServerTest
class DatasetDescriptionTest {
    static final String DATASET = "https://w3id.org/reformgraph/id/dataset";

    @LocalServerPort
    int port;

    @Test
    void voidStatisticsEqualCountQueries() {
        Model m = description("/.well-known/void", "text/turtle", Lang.TURTLE);
        Resource d = m.createResource(DATASET);
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), number(d, VOID.triples));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"), number(d, VOID.distinctSubjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"), number(d, VOID.distinctObjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), number(d, VOID.properties));
    }

    @Test
    void everyClassPartitionCountsItsEntities() {
        Model m = description("/dataset", "text/turtle", Lang.TURTLE);
        List<Statement> partitions = m.createResource(DATASET)
                .listProperties(m.createProperty(VOID.NS, "classPartition")).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), partitions.size());
        Map<String, Long> byClass = new HashMap<>();
        for (Statement s : partitions) {
            Resource partition = s.getResource();
            byClass.put(partition.getPropertyResourceValue(m.createProperty(VOID.NS, "class")).getURI(),
                    number(partition, VOID.entities));
        }
        for (String cls : List.of("Plan", "Measure", "Agency", "Attribution", "Jurisdiction", "AgencyType", "ReformType")) {
            String iri = "https://w3id.org/reformgraph/ontology#" + cls;
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + iri + "> }"), byClass.get(iri), cls);
        }
        assertEquals(5L, byClass.get("https://w3id.org/reformgraph/ontology#Plan") - 0L, "the five seeds");
    }

    @Test
    void eachNamedGraphIsASubsetWithItsTripleCount() {
        Model m = description("/dataset", "application/n-triples", Lang.NTRIPLES);
        List<Statement> subsets = m.createResource(DATASET).listProperties(VOID.subset).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"), subsets.size());
        for (Statement s : subsets) {
            String graph = s.getResource().getURI();
            assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"),
                    number(s.getResource(), VOID.triples), graph);
        }
    }

    @Test
    void theLastLoadIsTheLatestEndOfALoadRun() {
        Model m = description("/dataset", "application/ld+json", Lang.JSONLD);
        String modified = m.createResource(DATASET).getProperty(DCTerms.modified).getLiteral().getLexicalForm();
        HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query=" + enc("""
                SELECT (MAX(?t) AS ?last) WHERE { ?run a <https://w3id.org/reformgraph/ontology#LoadRun> ;
                    <http://www.w3.org/ns/prov#endedAtTime> ?t }"""));
        assertEquals(r.body().strip().split("\r?\n")[1].strip(), modified);
    }

    @Test
    void theEndpointIsADataServiceAndTheDumpsAreDistributionsWithChecksums() {
        Model m = description("/dataset.rdf", null, Lang.RDFXML);
        Resource d = m.createResource(DATASET);
        String root = "http://localhost:" + port;
        Resource endpoint = m.createResource(root + "/sparql");
        assertTrue(m.contains(d, VOID.sparqlEndpoint, endpoint));
        assertTrue(m.contains(endpoint, RDF.type, DCAT.DataService));
        assertTrue(m.contains(endpoint, DCAT.endpointURL, endpoint));
        assertTrue(m.contains(endpoint, DCAT.servesDataset, d));
        assertTrue(m.contains(d, DCTerms.license, m.createResource(DatasetDescription.CC_BY_4)));
        assertTrue(m.contains(d, VOID.uriSpace, "https://w3id.org/reformgraph/id/"));
        assertTrue(d.listProperties(VOID.exampleResource).toList().size() >= 3, "example resources");
        assertTrue(m.contains(d, VOID.dataDump, m.createResource(root + "/dumps/" + Dumps.ALL)));

        String sums = new Http(port).get("/dumps/" + Dumps.SUMS).body();
        List<Statement> distributions = d.listProperties(DCAT.distribution).toList();
        assertEquals(sums.strip().split("\n").length, distributions.size());
        Property checksum = m.createProperty(DatasetDescription.SPDX, "checksum");
        Property value = m.createProperty(DatasetDescription.SPDX, "checksumValue");
        for (Statement s : distributions) {
            Resource dist = s.getResource();
            String url = dist.getPropertyResourceValue(DCAT.downloadURL).getURI();
            String sha = dist.getPropertyResourceValue(checksum).getProperty(value).getLiteral().getLexicalForm();
            assertTrue(sums.contains(sha.toLowerCase() + "  " + url.substring(url.lastIndexOf('/') + 1)), url);
            assertNotNull(dist.getProperty(DCAT.byteSize), url);
        }
    }

    @Test
    void negotiatedAnswersSayWhereTheirFormatLivesAndRefuseWhatWeLack() {
        HttpResponse<String> r = new Http(port).get("/dataset", "Accept", "application/ld+json");
        assertEquals("/dataset.jsonld", r.headers().firstValue("Content-Location").orElse(""));
        assertEquals(406, new Http(port).get("/.well-known/void", "Accept", "image/png").statusCode());
        HttpResponse<String> html = new Http(port).get("/dataset", "Accept", "text/html");
        assertTrue(html.body().contains("Triples"));
        assertFalse(html.body().contains("<script"));
    }

    private Model description(String path, String accept, Lang lang) {
        HttpResponse<String> r = accept == null ? new Http(port).get(path) : new Http(port).get(path, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(m);
        return m;
    }

    private long count(String select) {
        HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query=" + enc(select));
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\r?\n")[1].strip());
    }

    private static long number(Resource r, Property p) {
        Statement s = r.getProperty(p);
        assertNotNull(s, r + " has no " + p);
        return s.getLong();
    }
}
