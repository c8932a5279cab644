package org.reformgraph.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Serving a remote store, there is no index to search: 501 with a message saying why. */
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reformgraph.store.url=http://127.0.0.1:9/store")
@Import(TestDataset.class)
class SearchOnRemoteStoreTest {
    @LocalServerPort
    int port;

    @Test
    void searchIsNotImplementedOnARemoteStore() {
        HttpResponse<String> response = new Http(port).get("/api/search?q=" + Http.enc("带押过户"));
        assertEquals(501, response.statusCode(), response.body());
        assertTrue(response.body().contains("embedded store"), response.body());
    }
}
