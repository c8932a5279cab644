package org.reformgraph.api.dataset;

import org.reformgraph.loader.testing.Rapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.api.Http;
import org.reformgraph.api.ReformgraphMain;
import org.reformgraph.api.linkeddata.SeededDataset;
import org.reformgraph.api.linkeddata.SeededServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/** The dumps of the seeds: they parse in raptor with the store's counts, match their checksums, and equal the export. */
@SeededServerTest
class DumpsTest {
    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theDumpOfEverythingRoundTripsThroughRapperWithTheStoresQuadCount() throws Exception {
        Assumptions.assumeTrue(Rapper.available(), "rapper (Debian raptor2-utils) is not installed");
        Path nquads = dir.resolve("all.nq");
        Files.write(nquads, gunzip(download("/dumps/" + Dumps.ALL)));
        long stored = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(stored > 10_000, "the seeds are loaded: " + stored);
        assertEquals(stored, Rapper.count(nquads, "nquads"));
    }

    @Test
    void eachPlanGraphIsDumpedAsTurtleThatRapperReadsWithTheGraphsTripleCount() throws Exception {
        Assumptions.assumeTrue(Rapper.available(), "rapper (Debian raptor2-utils) is not installed");
        Map<String, Long> graphs = planGraphCounts();
        assertEquals(5, graphs.size(), "five seed plans: " + graphs);
        for (Map.Entry<String, Long> graph : graphs.entrySet()) {
            String id = graph.getKey().substring(graph.getKey().lastIndexOf('/') + 1);
            Path turtle = dir.resolve(id + ".ttl");
            Files.write(turtle, download("/dumps/" + id + ".ttl"));
            assertEquals(graph.getValue(), Rapper.count(turtle, "turtle"), id);
        }
    }

    @Test
    void everyDumpHasItsChecksumInSha256SumsAndBesideIt() throws Exception {
        String sums = new String(download("/dumps/" + Dumps.SUMS), StandardCharsets.US_ASCII);
        String[] lines = sums.strip().split("\n");
        assertEquals(1 + planGraphCounts().size(), lines.length, sums);
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download("/dumps/" + parts[1])));
            assertEquals(parts[0], actual, parts[1]);
            assertEquals(line + "\n", new String(download("/dumps/" + parts[1] + ".sha256"), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theDumpHoldsTheSameQuadsAsTheCommandLineExport() throws Exception {
        StringWriter exported = new StringWriter();
        CommandLine cli = ReformgraphMain.commandLine();
        cli.setOut(new PrintWriter(exported));
        assertEquals(0, cli.execute("export", "--db", SeededDataset.db.toString(), "--format", "nq"));
        Set<Quad> fromExport = quads(exported.toString());
        Set<Quad> fromDump = quads(new String(gunzip(download("/dumps/" + Dumps.ALL)), StandardCharsets.UTF_8));
        assertFalse(fromDump.isEmpty());
        assertEquals(fromExport, fromDump);
        assertTrue(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") > 0, "the server still reads after the export");
    }

    @Test
    void theIndexListsTheDumps() {
        HttpResponse<String> r = new Http(port).get("/dumps/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/dumps/" + Dumps.ALL + "\""));
        assertTrue(r.body().contains("href=\"/dumps/wuhan-2023.ttl\""));
        assertEquals(404, new Http(port).get("/dumps/nothing.ttl").statusCode());
        int traversal = new Http(port).get("/dumps/..%2F..%2Fetc%2Fpasswd").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no way out of the dumps folder: " + traversal);
    }

    private Map<String, Long> planGraphCounts() {
        HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query=" + enc("""
                SELECT ?g (COUNT(*) AS ?n) WHERE {
                  GRAPH ?g { ?s ?p ?o } FILTER EXISTS { GRAPH ?g { ?plan a <https://w3id.org/reformgraph/ontology#Plan> ;
                      <http://www.w3.org/ns/prov#wasGeneratedBy> ?run } }
                } GROUP BY ?g ORDER BY ?g"""));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Long> counts = new LinkedHashMap<>();
        String[] lines = r.body().strip().split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            counts.put(cells[0], Long.parseLong(cells[1].strip()));
        }
        return counts;
    }

    long count(String select) {
        HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query=" + enc(select));
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\r?\n")[1].strip());
    }

    private byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** Blank nodes keep the labels they are written with, so two writings of the same data compare equal. */
    private static Set<Quad> quads(String nquads) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.create().source(new StringReader(nquads)).lang(Lang.NQUADS)
                .labelToNode(LabelToNode.createUseLabelAsGiven()).parse(parsed);
        Set<Quad> quads = new HashSet<>();
        parsed.find().forEachRemaining(quads::add);
        return quads;
    }
}
