package org.reformgraph.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * POST /api/plans: a plan's text and its metadata go through the loader into the served dataset; bad input is
 * refused with the loader's message and leaves the dataset as it was. Uses the Wuhan seed plan's text.
 */
@WriteServerTest
class PlanUploadTest {
    static final String BEARER = "Bearer " + WriteServerTest.TOKEN;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String METADATA = "jurisdiction=" + enc("武汉市") + "&within=" + enc("湖北省") + "&year=2023&title="
            + enc("武汉市优化营商环境行动方案（上传）");

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static byte[] wuhanText() throws Exception {
        Path seeds = Path.of(System.getProperty("reformgraph.seeds", "../seeds"));
        return Files.readAllBytes(seeds.resolve("000_99b205d77e7190ac.txt"));
    }

    HttpResponse<String> raw(String query, byte[] body, String... headers) {
        return http.exchange(http.to("/api/plans?" + query, headers).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> multipart(String fileName, byte[] file, String... fields) {
        String boundary = "reformgraph-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.exchange(http.to("/api/plans", "Authorization", BEARER)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    long quads() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    long measuresInGraph(String graph) throws Exception {
        HttpResponse<String> r = http.get("/sparql?query=" + enc("""
                PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                SELECT (COUNT(?m) AS ?n) WHERE { GRAPH <%s> { ?m a rg:Measure } }""".formatted(graph)),
                "Accept", "application/sparql-results+json");
        return JSON.readTree(r.body()).path("results").path("bindings").get(0).path("n").path("value").asLong();
    }

    @Test
    void aRawBodyIsLoadedAndReportedAndAReloadReplacesIt() throws Exception {
        HttpResponse<String> plansBefore = http.get("/api/queries/plans", "Accept", "text/csv");
        assertFalse(plansBefore.body().contains("wuhan-upload"), "not there yet, and this answer is now cached");
        HttpResponse<String> r = raw("id=wuhan-upload&" + METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals("wuhan-upload", report.path("planId").asText());
        String graph = report.path("graph").asText();
        assertTrue(graph.endsWith("wuhan-upload"), graph);
        int measures = report.path("measures").asInt();
        assertTrue(measures > 20, "the Wuhan plan has many measures: " + r.body());
        assertTrue(report.path("attributions").asInt() > 0, r.body());
        assertTrue(report.path("triples").asLong() > 100, r.body());
        assertTrue(report.path("warnings").isArray());
        assertEquals(measures, measuresInGraph(graph), "the served dataset has what the report says");

        long before = quads();
        HttpResponse<String> again = raw("id=wuhan-upload&" + METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(measures, measuresInGraph(graph), "replaced, not added to");
        assertEquals(before, quads(), "a re-load of the same text leaves the same dataset");
        HttpResponse<String> plans = http.get("/api/queries/plans", "Accept", "text/csv");
        assertTrue(plans.body().contains("wuhan-upload"), "the cached list was dropped after the load: " + plans.body());
    }

    @Test
    void aMultipartFormIsLoadedWithTheFileNameAsId() throws Exception {
        HttpResponse<String> r = multipart("wuhan-multipart.txt", wuhanText(), "jurisdiction", "武汉市", "within", "湖北省",
                "year", "2023");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals("wuhan-multipart", report.path("planId").asText());
        assertEquals(report.path("measures").asLong(), measuresInGraph(report.path("graph").asText()));
    }

    @Test
    void withoutTheTokenNothingIsLoaded() throws Exception {
        long before = quads();
        assertEquals(401, raw("id=no-token&" + METADATA, wuhanText()).statusCode());
        assertEquals(401, raw("id=no-token&" + METADATA, wuhanText(), "Authorization", "Bearer wrong-wrong-wrong-wrong")
                .statusCode());
        assertEquals(before, quads());
    }

    @Test
    void textTheLoaderCannotUseIs422WithItsMessageAndChangesNothing() throws Exception {
        long before = quads();
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        HttpResponse<String> r = raw("id=binary&" + METADATA, binary, "Authorization", BEARER);
        assertEquals(422, r.statusCode(), r.body());
        String error = JSON.readTree(r.body()).path("error").asText();
        assertTrue(error.startsWith("binary.txt: "), "names the upload: " + error);
        assertEquals(before, quads());
    }

    @Test
    void missingOrBadMetadataIs400NamingTheProblem() throws Exception {
        long before = quads();
        HttpResponse<String> noJurisdiction = raw("id=somewhere", wuhanText(), "Authorization", BEARER);
        assertEquals(400, noJurisdiction.statusCode(), noJurisdiction.body());
        assertTrue(noJurisdiction.body().contains("jurisdiction="), noJurisdiction.body());

        HttpResponse<String> badId = raw("id=Not_An_Id&" + METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(400, badId.statusCode());
        assertTrue(badId.body().contains("bad plan id 'Not_An_Id'"), badId.body());

        HttpResponse<String> badLevel = raw("id=x&level=planet&" + METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(400, badLevel.statusCode());
        assertTrue(badLevel.body().contains("unknown level 'planet'"), badLevel.body());

        HttpResponse<String> badYear = raw("id=x&" + METADATA.replace("year=2023", "year=twenty"), wuhanText(),
                "Authorization", BEARER);
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("year 'twenty'"), badYear.body());

        HttpResponse<String> unknown = raw("id=x&city=wuhan&" + METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown parameter 'city'"), unknown.body());

        HttpResponse<String> unnamed = raw(METADATA, wuhanText(), "Authorization", BEARER);
        assertEquals(400, unnamed.statusCode());
        assertTrue(unnamed.body().contains("give ?id="), unnamed.body());

        HttpResponse<String> noFile = multipart("x.txt", new byte[0], "jurisdiction", "武汉市");
        assertEquals(400, noFile.statusCode(), noFile.body());
        assertTrue(noFile.body().contains("part named 'file'"), noFile.body());
        assertEquals(before, quads());
    }
}
