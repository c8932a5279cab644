package org.reformgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The proxy's own decisions, before anything is sent; the exchange with a store is tested in RemoteStoreTest. */
class SparqlProxyTest {
    @Test
    void serviceCallsAreFoundWhereverTheyHide() {
        assertFalse(SparqlProxy.callsService(QueryFactory.create("SELECT * { ?s ?p ?o }")));
        for (String query : new String[] {
                "SELECT * { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://elsewhere.example/sparql> { ?s ?q ?v } } }",
                "SELECT * { { SELECT ?s { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } } } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://elsewhere.example/sparql> { ?s ?q ?v } } }",
                "SELECT * { ?s ?p ?o FILTER (1 = 1 && NOT EXISTS { SERVICE <http://e.example/s> { ?s ?q ?v } }) }",
                "ASK { BIND (EXISTS { SERVICE <http://elsewhere.example/sparql> { ?s ?q ?v } } AS ?x) }"}) {
            assertTrue(SparqlProxy.callsService(QueryFactory.create(query)), query);
        }
    }

    @Test
    void formatNamesBecomeMediaTypesForTheKindOfAnswer() {
        assertEquals("text/csv", SparqlProxy.accept(request("csv", null), true));
        assertEquals("application/sparql-results+xml", SparqlProxy.accept(request("xml", null), true));
        assertEquals("application/rdf+xml", SparqlProxy.accept(request("xml", null), false));
        assertEquals("application/n-triples", SparqlProxy.accept(request("nt", null), false));
        assertEquals("text/tab-separated-values", SparqlProxy.accept(request("text/tab-separated-values", null), true));
        assertEquals("text/csv, */*;q=0.1", SparqlProxy.accept(request(null, "text/csv, */*;q=0.1"), true),
                "the client's Accept is passed on");
        assertEquals("application/sparql-results+json", SparqlProxy.accept(request(null, null), true));
        assertEquals("text/turtle", SparqlProxy.accept(request(null, null), false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparqlProxy.accept(request("turtle", null), true));
        assertTrue(e.getMessage().contains("'turtle' is not one of csv, json, tsv, xml"), e.getMessage());
    }

    private static MockHttpServletRequest request(String format, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
        if (format != null) {
            request.setParameter("format", format);
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }
}
