package org.reformgraph.api.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's browser example (sparql-api/examples/browser.html) does what it says: its query, sent the way its
 * fetch() sends it from another origin, is answered with CORS headers and rows of Chinese names tagged @zh.
 */
@ClientsServerTest
class BrowserExampleTest {
    @LocalServerPort
    int port;

    @Test
    void thePagesQueryIsAnsweredAcrossOrigins() throws Exception {
        Path page = ExternalClient.clients().resolve("../../../examples/browser.html").normalize();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher textarea = Pattern.compile("<textarea id=\"query\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        assertTrue(textarea.find(), "the page has its query box");
        String query = textarea.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");

        HttpResponse<String> r = new Http(port).get("/sparql?query=" + enc(query),
                "Origin", "http://127.0.0.1:8000", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("http://127.0.0.1:8000", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        assertTrue(rows.size() > 5, r.body());
        assertEquals("zh", rows.get(0).path("name").path("xml:lang").asText(), rows.get(0).toString());
    }
}
