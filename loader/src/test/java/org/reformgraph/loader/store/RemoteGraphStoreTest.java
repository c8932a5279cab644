package org.reformgraph.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class RemoteGraphStoreTest {
    private static final String GRAPH = "https://example.org/id/graph/p-1";

    private static Model oneTriple() {
        Model model = ModelFactory.createDefaultModel();
        model.createResource("https://example.org/id/plan/p-1").addProperty(
                model.createProperty("http://purl.org/dc/terms/title"), "计划");
        return model;
    }

    @Test
    void aGraphPutIsReadBackAndAMissingGraphIsEmpty() throws IOException {
        try (InMemoryGraphStore server = new InMemoryGraphStore(); RemoteGraphStore store = new RemoteGraphStore(server.url())) {
            assertTrue(store.read(GRAPH).isEmpty());
            store.replace(GRAPH, oneTriple());
            assertTrue(store.read(GRAPH).orElseThrow().isIsomorphicWith(oneTriple()));
            assertEquals(java.util.List.of("GET " + GRAPH, "PUT " + GRAPH, "GET " + GRAPH), server.requests());
        }
    }

    @Test
    void aRefusedWriteNamesTheUrlAndTheStatus() throws IOException {
        try (InMemoryGraphStore server = new InMemoryGraphStore(); RemoteGraphStore store = new RemoteGraphStore(server.url())) {
            server.refusePutsWith(403);
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.replace(GRAPH, oneTriple()));
            assertEquals(403, e.status());
            assertTrue(e.getMessage().startsWith("PUT " + server.url() + "?graph=https%3A%2F%2Fexample.org%2Fid%2Fgraph%2Fp-1 failed: HTTP 403"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("writes are not allowed"), e.getMessage());
        }
    }

    @Test
    void aStoreThatIsNotThereIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        String url = "http://127.0.0.1:" + port + "/ds";
        try (RemoteGraphStore store = new RemoteGraphStore(url)) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.read(GRAPH));
            assertEquals(-1, e.status());
            assertTrue(e.getMessage().startsWith("GET " + url + "?graph="), e.getMessage());
            assertTrue(e.getMessage().contains("no answer"), e.getMessage());
        }
    }
}
