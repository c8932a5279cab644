package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class VirtuosoDialectTest {
    @Test
    void aQueryWithoutDatasetReadsTheUnionGraph() {
        Query sent = QueryFactory.create(VirtuosoServer.fromUnion("SELECT ?s WHERE { ?s ?p ?o }"));
        assertEquals(java.util.List.of(VirtuosoServer.UNION_GRAPH), sent.getGraphURIs());
    }

    @Test
    void aQueryNamingItsOwnGraphsIsLeftAsItIs() {
        Query sent = QueryFactory.create(VirtuosoServer.fromUnion("SELECT ?s FROM <http://x/g> WHERE { ?s ?p ?o }"));
        assertEquals(java.util.List.of("http://x/g"), sent.getGraphURIs());
    }

    @Test
    void theIniKeepsBothPortsOnLoopbackAndAnswersComplete() {
        String ini = VirtuosoServer.ini(java.nio.file.Path.of("/tmp/v"), java.nio.file.Path.of("/tmp/data"), 1111, 8890);
        assertTrue(ini.contains("ServerPort = 127.0.0.1:1111"));
        assertTrue(ini.contains("ServerPort = 127.0.0.1:8890"));
        assertTrue(ini.contains("MaxQueryExecutionTime = 0"));
        assertTrue(ini.contains("DirsAllowed = ., /tmp/data"));
    }
}
