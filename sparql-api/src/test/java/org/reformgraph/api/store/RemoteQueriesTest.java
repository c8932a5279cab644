package org.reformgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.store.RemoteStoreException;

/** Failures of the store as the named-query runner sees them; answers are tested against Fuseki in RemoteStoreTest. */
class RemoteQueriesTest {
    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aStoreThatDoesNotAnswerIsNamedInTheError() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/ds";
        HttpClient client = HttpClient.newHttpClient();
        for (UnionStrategy union : UnionStrategy.values()) {
            RemoteQueries queries = new RemoteQueries(url, client, union,
                    new StoreProbe(url, client, Duration.ofSeconds(5), Clock.systemUTC()), workers);
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> queries.execute(
                    QueryFactory.create("SELECT * { ?s ?p ?o }"), Duration.ofSeconds(5), exec -> exec.select().hasNext()));
            assertTrue(e.getMessage().startsWith("the remote store " + url + " failed: no answer"), e.getMessage());
            assertEquals(-1, e.status());
        }
    }

    @Test
    void settingsRefuseWhatIsNotAnHttpUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RemoteStoreSettings("localhost:3030/ds", null, UnionStrategy.FROM, Duration.ofMinutes(5)));
        assertTrue(e.getMessage().contains("--store 'localhost:3030/ds' is not an http(s) URL"), e.getMessage());
        String[] arguments = new RemoteStoreSettings("http://db:3030/ds", "http://db:3030/ds/data", UnionStrategy.DEFAULT,
                Duration.ofSeconds(90)).springArguments();
        assertTrue(java.util.List.of(arguments).containsAll(java.util.List.of("--reformgraph.store.url=http://db:3030/ds",
                "--reformgraph.store.gsp=http://db:3030/ds/data", "--reformgraph.store.union=default",
                "--reformgraph.store.cache-ttl=90000ms")), String.join(" ", arguments));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
