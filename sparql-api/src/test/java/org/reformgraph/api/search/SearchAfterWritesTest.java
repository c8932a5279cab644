package org.reformgraph.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.write.WriteServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The index follows the server's writes: a plan upload is searchable when answered, an update soon after. */
@WriteServerTest
class SearchAfterWritesTest {
    static final String BEARER = "Bearer " + WriteServerTest.TOKEN;

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() throws InterruptedException {
        http = new Http(port);
        SearchWaits.untilReady(http);
    }

    private HttpResponse<String> upload(String id, String text) {
        return http.exchange(http.to("/api/plans?id=" + id + "&jurisdiction=" + Http.enc("武汉市") + "&year=2023",
                        "Authorization", BEARER).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    @Test
    void anUploadedPlanIsFoundAsSoonAsItIsReportedAndAReuploadDropsItsOldText() {
        String text = "一、优化准入\n1.推行带押过户。全面推行二手房“带押过户”登记模式（市自然资源和规划局负责）。\n";
        assertEquals(200, upload("search-upload", text).statusCode());
        String found = http.get("/api/search?q=" + Http.enc("带押过户")).body();
        assertTrue(found.contains("plan/search-upload/1.1"), found);

        assertEquals(200, upload("search-upload", text.replace("带押过户", "交房即办证")).statusCode());
        String stale = http.get("/api/search?q=" + Http.enc("带押过户")).body();
        assertTrue(!stale.contains("plan/search-upload/"), stale);
        assertTrue(http.get("/api/search?q=" + Http.enc("交房即办证")).body().contains("plan/search-upload/1.1"));
    }

    @Test
    void anUpdateIsFoundShortlyAfter() throws InterruptedException {
        String insert = """
                PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                INSERT DATA { GRAPH <https://w3id.org/reformgraph/id/graph/search-update> {
                  <https://w3id.org/reformgraph/id/plan/search-update/1> a rg:Measure ; rg:text "推进信用修复一件事"@zh .
                } }""";
        HttpResponse<String> update = http.post("/update", "application/sparql-update", insert, "Authorization", BEARER);
        assertEquals(2, update.statusCode() / 100, update.body());
        SearchWaits.until(http, "/api/search?q=" + Http.enc("信用修复"), body -> body.contains("plan/search-update/1"));
    }
}
