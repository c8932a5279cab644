package org.reformgraph.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class ServiceDescriptionTest {
    @LocalServerPort
    int port;

    @Test
    void theEndpointDescribesItselfWhenAskedNoQuery() {
        HttpResponse<String> r = new Http(port).get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model m = SparqlEndpointTest.parse(r.body(), "TTL");
        Resource service = m.createResource("http://localhost:" + port + "/sparql");
        assertTrue(m.contains(service, RDF.type, m.createResource(ServiceDescription.SD + "Service")), r.body());
        assertTrue(m.contains(service, m.createProperty(ServiceDescription.SD, "feature"),
                m.createResource(ServiceDescription.SD + "UnionDefaultGraph")));
        assertTrue(m.contains(null, m.createProperty(ServiceDescription.SD, "name"),
                m.createResource(TestDataset.GUANGZHOU_GRAPH)), "lists the named graphs");
    }

    @Test
    void theDescriptionHasItsOwnAddressInJsonLd() {
        HttpResponse<String> r = new Http(port).get("/sparql/description", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("application/ld+json"));
        assertTrue(SparqlEndpointTest.parse(r.body(), "JSONLD").size() > 10);
    }
}
