package org.reformgraph.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without a configured token the write routes do not exist: not even the right token could open them. */
@ServerTest
class ReadOnlyWithoutTokenTest {
    @LocalServerPort
    int port;
    @Autowired
    ObjectProvider<WriteToken> token;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void noTokenIsConfigured() {
        assertEquals(null, token.getIfAvailable());
    }

    @Test
    void updateIsNotFound() {
        HttpResponse<String> r = http.post("/update", "application/sparql-update", "CLEAR ALL",
                "Authorization", "Bearer " + WriteServerTest.TOKEN);
        assertEquals(404, r.statusCode(), r.body());
    }

    @Test
    void planUploadIsNotThere() {
        HttpResponse<String> r = http.post("/api/plans?id=x&jurisdiction=" + Http.enc("武汉市"), "text/plain", "一、总则",
                "Authorization", "Bearer " + WriteServerTest.TOKEN);
        assertEquals(404, r.statusCode(), r.body());
    }
}
