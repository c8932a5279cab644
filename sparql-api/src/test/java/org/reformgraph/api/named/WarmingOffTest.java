package org.reformgraph.api.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphApplication;
import org.reformgraph.api.TestDataset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** With {@code reformgraph.named.warm=false} nothing is computed ahead: answers are computed, then held, on demand. */
@SpringBootTest(classes = ReformgraphApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reformgraph.named.warm=false")
@Import(TestDataset.class)
class WarmingOffTest {
    @LocalServerPort
    int port;
    @Autowired
    ObjectProvider<AnswerWarmer> warmer;

    String cacheHeader(Http http, String pathAndQuery) {
        HttpResponse<String> r = http.get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue(NamedQueryController.CACHE_HEADER).orElseThrow();
    }

    @Test
    void noWarmerRunsAndTheFirstCallComputesTheAnswer() throws Exception {
        assertTrue(warmer.getIfAvailable() == null, "no warmer");
        Http http = new Http(port);
        Thread.sleep(500); // a warmer, had there been one, would have held the answer by now
        assertEquals("miss", cacheHeader(http, "/api/queries/plans"));
        assertEquals("hit", cacheHeader(http, "/api/queries/plans"));
    }
}
