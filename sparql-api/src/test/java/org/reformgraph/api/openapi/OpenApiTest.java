package org.reformgraph.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;
import org.reformgraph.queries.QueryParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/openapi.json on a read-only server: valid OpenAPI 3.1, one path per named query, no write routes. */
@ServerTest
class OpenApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    QueryLibrary library;
    JsonNode doc;

    @BeforeEach
    void fetch() throws Exception {
        HttpResponse<String> r = new Http(port).get(OpenApiController.PATH);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("application/json"));
        doc = JSON.readTree(r.body());
    }

    @Test
    void isValidOpenApi31ByStructure() {
        assertEquals(List.of(), OpenApiStructure.problems(doc));
        assertEquals("3.1.0", doc.path("openapi").asText());
    }

    @Test
    void describesEveryNamedQueryWithItsParameters() {
        for (NamedQuery query : library.all()) {
            JsonNode get = doc.path("paths").path("/api/queries/" + query.name()).path("get");
            assertFalse(get.isMissingNode(), "no path for " + query.name());
            assertEquals(query.title(), get.path("summary").asText());
            List<String> names = new ArrayList<>();
            get.path("parameters").forEach(p -> names.add(p.path("name").asText()));
            List<String> expected = new ArrayList<>(query.parameters().stream().map(QueryParameter::name).toList());
            expected.add("format");
            assertEquals(expected, names, query.name());
            for (QueryParameter declared : query.parameters()) {
                JsonNode p = get.path("parameters").get(names.indexOf(declared.name()));
                assertEquals(declared.required(), p.path("required").asBoolean(), declared.name());
                declared.defaultValue().ifPresent(d -> assertEquals(d, p.path("schema").path("default").asText()));
            }
        }
        JsonNode agency = doc.at("/paths/~1api~1queries~1measures-by-agency/get/parameters/0");
        assertEquals("agency", agency.path("name").asText());
        assertEquals("iri", agency.path("schema").path("format").asText());
        JsonNode network = doc.at("/paths/~1api~1queries~1test-shared-measures/get/responses/200/content");
        assertTrue(network.has("application/vnd.reformgraph.graph+json"), network.toString());
    }

    @Test
    void describesTheStaticEndpointsAndNoWriteRoutes() {
        JsonNode paths = doc.path("paths");
        for (String path : List.of("/sparql", "/graph", "/api/queries", "/api/openapi.json", "/actuator/health")) {
            assertTrue(paths.has(path), path);
        }
        assertTrue(paths.path("/sparql").has("post"));
        assertEquals("query", paths.path("/graph").path("get").path("parameters").get(0).path("in").asText());
        assertFalse(paths.has("/update"));
        assertFalse(paths.has("/api/plans"));
        assertTrue(doc.path("components").path("securitySchemes").isMissingNode());
    }

    @Test
    void theCheckFindsStructuralMistakes() {
        ObjectNode broken = doc.deepCopy();
        broken.put("openapi", "3.0");
        ObjectNode get = (ObjectNode) broken.path("paths").path("/graph").path("get");
        ((ObjectNode) get.path("parameters").get(0)).put("in", "body");
        ((ObjectNode) get.path("responses")).putObject("2000").put("description", "x");
        ((ObjectNode) broken.path("paths").path("/api/queries").path("get")).put("operationId", "readGraph");
        ((ObjectNode) broken.path("paths")).putObject("/x/{id}").putObject("get").putObject("responses")
                .putObject("200").put("description", "x");
        List<String> problems = OpenApiStructure.problems(broken);
        assertEquals(5, problems.size(), problems.toString());
    }
}
