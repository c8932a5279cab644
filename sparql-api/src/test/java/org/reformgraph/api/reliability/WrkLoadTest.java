package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Load on loopback with wrk (Debian package {@code wrk}; skipped without it): 4 connections on 2 threads for a fixed
 * time against a named query and against a raw SPARQL query, with no errors: every answer 2xx, no socket errors.
 */
@UnlimitedServer
class WrkLoadTest {
    static final String DURATION = "5s";

    @LocalServerPort
    int port;

    @BeforeAll
    static void wrkIsThere() {
        Assumptions.assumeTrue(installed(), "wrk is not installed (apt-get install wrk; .ci/run does)");
    }

    @Test
    void aNamedQueryUnderLoad() throws Exception {
        WrkResult result = wrk("/api/queries/plans");
        System.out.println("wrk named query /api/queries/plans: " + result);
        result.assertNoErrors();
    }

    @Test
    void aRawSparqlQueryUnderLoad() throws Exception {
        WrkResult result = wrk("/sparql?query=" + Http.enc("SELECT ?m ?path WHERE { ?m a <https://w3id.org/reformgraph/ontology#Measure> ; "
                + "<https://w3id.org/reformgraph/ontology#path> ?path } ORDER BY ?path"));
        System.out.println("wrk raw SPARQL /sparql: " + result);
        result.assertNoErrors();
    }

    private WrkResult wrk(String pathAndQuery) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c4", "-d" + DURATION, "--latency", "--timeout", "5s",
                "-H", "Accept: application/sparql-results+json", "http://127.0.0.1:" + port + pathAndQuery)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return WrkResult.parse(out);
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** What wrk printed: requests, throughput, latency percentiles, and its error counts. */
    record WrkResult(long requests, double perSecond, String p50, String p90, String p99, long non2xx, long socketErrors,
                     String raw) {
        static WrkResult parse(String out) {
            long requests = Long.parseLong(find(out, "(\\d+) requests in"));
            double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)"));
            String non2xx = findOr(out, "Non-2xx or 3xx responses:\\s+(\\d+)", "0");
            long socket = 0;
            Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
            if (errors.find()) {
                for (int i = 1; i <= 4; i++) {
                    socket += Long.parseLong(errors.group(i));
                }
            }
            return new WrkResult(requests, perSecond, find(out, "\\s50%\\s+(\\S+)"), find(out, "\\s90%\\s+(\\S+)"),
                    find(out, "\\s99%\\s+(\\S+)"), Long.parseLong(non2xx), socket, out);
        }

        void assertNoErrors() {
            assertTrue(requests > 0, raw);
            assertEquals(0, non2xx, "non-2xx answers: " + raw);
            assertEquals(0, socketErrors, "socket errors: " + raw);
        }

        @Override
        public String toString() {
            return String.format("%d requests, %.1f req/s, latency p50 %s p90 %s p99 %s, non-2xx %d, socket errors %d",
                    requests, perSecond, p50, p90, p99, non2xx, socketErrors);
        }

        private static String find(String out, String regex) {
            Matcher m = Pattern.compile(regex).matcher(out);
            assertTrue(m.find(), "wrk said no " + regex + ":\n" + out);
            return m.group(1);
        }

        private static String findOr(String out, String regex, String otherwise) {
            Matcher m = Pattern.compile(regex).matcher(out);
            return m.find() ? m.group(1) : otherwise;
        }
    }
}
