package org.reformgraph.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.write.WriteServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With writes enabled, the description adds /update and POST /api/plans, both needing the bearer token. */
@WriteServerTest
class OpenApiWithWritesTest {
    @LocalServerPort
    int port;

    @Test
    void describesTheWriteRoutesAndTheirToken() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new Http(port).get(OpenApiController.PATH).body());
        assertEquals(List.of(), OpenApiStructure.problems(doc));
        JsonNode upload = doc.at("/paths/~1api~1plans/post");
        assertEquals("operatorToken", upload.path("security").get(0).fieldNames().next());
        assertTrue(upload.path("requestBody").path("content").has("multipart/form-data"));
        assertTrue(upload.path("responses").has("422"));
        assertTrue(doc.at("/paths/~1update/post/requestBody/content").has("application/sparql-update"));
        assertEquals("bearer", doc.at("/components/securitySchemes/operatorToken/scheme").asText());
    }
}
