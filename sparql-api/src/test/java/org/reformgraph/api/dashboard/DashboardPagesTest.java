package org.reformgraph.api.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.clients.ClientsServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's pages and data over plain HTTP: the policy they are served under, the config, the examples. */
@ClientsServerTest
class DashboardPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void bothPagesAreServedUnderTheDashboardPolicyWhichAllowsNoInlineScript() {
        for (String path : List.of("/", "/editor")) {
            HttpResponse<String> page = new Http(port).get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(List.of(DashboardPolicy.CONTENT_SECURITY_POLICY), policies, path + ": exactly one policy");
            String policy = policies.get(0);
            assertTrue(policy.contains("script-src 'self';") && policy.contains("connect-src 'self';"), policy);
            assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertFalse(page.body().matches("(?s).*<script>.*"), path + ": an inline script");
            assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), path + ": something from elsewhere");
        }
    }

    @Test
    void otherHtmlKeepsTheStrictPolicy() {
        HttpResponse<String> page = new Http(port).get("/dataset.html");
        assertEquals(200, page.statusCode());
        assertFalse(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src"));
    }

    @Test
    void theConfigNamesTheBaseTheEndpointAndTheProjectsPrefixes() throws Exception {
        JsonNode config = JSON.readTree(new Http(port).get("/dashboard/config.json").body());
        assertEquals("https://w3id.org/reformgraph/id/", config.path("base").asText());
        assertEquals("/sparql", config.path("endpoint").asText());
        assertEquals("https://w3id.org/reformgraph/ontology#", config.path("prefixes").path("rg").asText());
        assertEquals("http://www.w3.org/2004/02/skos/core#", config.path("prefixes").path("skos").asText());
        assertEquals("https://w3id.org/reformgraph/id/", config.path("prefixes").path("id").asText());
    }

    /**
     * Every example parses, and one whose parameters all have defaults answers on /sparql exactly what its named
     * query answers: the editor shows what the API returns.
     */
    @Test
    void everyExampleParsesAndAnswersAsItsNamedQueryDoes() throws Exception {
        Http http = new Http(port);
        JsonNode examples = JSON.readTree(http.get("/editor/examples.json").body());
        JsonNode library = JSON.readTree(http.get("/api/queries").body());
        assertEquals(library.size(), examples.size(), "one example per named query");
        for (JsonNode example : examples) {
            String sparql = example.path("sparql").asText();
            QueryFactory.create(sparql);
            assertTrue(sparql.startsWith("# title: "), example.path("name") + " keeps its header");
        }
        for (String name : List.of("cross-city-reform-types-by-lead-agency-type", "measures-per-topic-per-city",
                "agency-type-reform-type-network", "plans-overview")) {
            String sparql = null;
            for (JsonNode example : examples) {
                if (example.path("name").asText().equals(name)) {
                    sparql = example.path("sparql").asText();
                }
            }
            JsonNode direct = JSON.readTree(http.get("/sparql?query=" + enc(sparql),
                    "Accept", "application/sparql-results+json").body());
            JsonNode named = JSON.readTree(http.get("/api/queries/" + name).body());
            assertEquals(named.path("results").path("bindings"), direct.path("results").path("bindings"), name);
        }
    }

    @Test
    void anExampleWithARequiredParameterSaysWhatToFillIn() throws Exception {
        JsonNode examples = JSON.readTree(new Http(port).get("/editor/examples.json").body());
        for (JsonNode example : examples) {
            if (example.path("name").asText().equals("plan-measures")) {
                assertTrue(example.path("sparql").asText().contains("# replace ?plan"), example.toString());
                return;
            }
        }
        throw new AssertionError("no plan-measures example");
    }
}
