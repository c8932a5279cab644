package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.Http;
import org.reformgraph.api.TestDataset;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Random requests on loopback: paths under every route and beyond, any method, odd headers, query strings with the
 * parameters the routes read and random values, random bodies. None may get a 5xx (but 503, a query stopped at its
 * time limit) and none may hang (each has a client timeout). Seeded, so a failure can be replayed; bounded in count
 * and time.
 */
@UnlimitedServer
class HttpFuzzTest {
    static final long SEED = 20261122L;
    static final int REQUESTS = 2000;
    static final Duration BUDGET = Duration.ofSeconds(40);
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final String[] ROOTS = {"/sparql", "/sparql/description", "/graph", "/update", "/api/queries",
            "/api/queries/plans", "/api/queries/measures-by-agency", "/api/queries/agencies-named", "/api/plans",
            "/api/openapi.json", "/id/plan/guangzhou-2023", "/id/agency/guangzhou/development-reform", "/id/", "/scheme/topic",
            "/ontology", "/ontology.ttl", "/dataset", "/dataset.ttl", "/.well-known/void", "/dumps", "/dumps/x.nq.gz",
            "/actuator/health", "/actuator/prometheus", "/$/ping", "/$/datasets", "/ds", "/", "/error", "/static/x.css"};
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE", "PROPFIND", "FOO"};
    private static final String[] PARAMETERS = {"query", "update", "format", "graph", "default", "default-graph-uri",
            "named-graph-uri", "text", "agency", "plan", "limit", "timeout", "output", "callback", "page", "lang"};
    private static final String[] VALUES = {"SELECT * { ?s ?p ?o }", "ASK {}", "SELECT * WHERE {", "DESCRIBE <urn:x>",
            "CONSTRUCT WHERE { ?s ?p ?o }", "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "INSERT DATA { <a> <b> <c> }",
            "json", "xml", "csv", "tsv", "turtle", "graph", "html", "n-triples", "<urn:x>", "urn:x", "http://[::1",
            TestDataset.GUANGZHOU_GRAPH, TestDataset.ID + "agency/guangzhou/development-reform", "发展", "\"} #", "%",
            "-1", "99999999999999999999", "", "\u0000", "../../etc/passwd", "${jndi:ldap://x}", "'; DROP ALL; '"};
    private static final String[] MEDIA = {"text/html", "application/json", "application/sparql-results+json",
            "application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded", "text/turtle",
            "application/ld+json", "multipart/form-data; boundary=zz", "text/plain", "*/*", "image/png", "application/xml",
            "text/csv;q=0.5, */*;q=0.1", "garbage", "application/rdf+xml", "text/*", ";;;"};

    @LocalServerPort
    int port;

    @Test
    void randomRequestsGetNo5xxAndNoHang() throws Exception {
        Random random = new Random(SEED);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int sent = 0;
        for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
            HttpRequest request = request(random);
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (HttpTimeoutException e) {
                failures.add("hang: " + describe(request));
                continue;
            } catch (IOException e) {
                // the server may close a connection on a request it will not read (a refused body): not a 5xx
                statuses.merge(-1, 1, Integer::sum);
                continue;
            }
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500 && status != 503) {
                failures.add(status + ": " + describe(request));
            }
        }
        System.out.println("fuzz: " + sent + " requests (seed " + SEED + "), statuses " + statuses + " (-1: connection closed)");
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.subList(0, Math.min(10, failures.size())));
        assertTrue(sent >= 500, "enough requests in the time budget: " + sent);
    }

    private HttpRequest request(Random random) {
        StringBuilder path = new StringBuilder(pick(random, ROOTS));
        if (random.nextInt(3) == 0) {
            path.append('/').append(segment(random));
        }
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            path.append(i == 0 ? '?' : '&').append(pick(random, PARAMETERS));
            if (random.nextInt(6) > 0) {
                path.append('=').append(Http.enc(random.nextInt(4) == 0 ? text(random) : pick(random, VALUES)));
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT);
        int headers = random.nextInt(4);
        for (int i = 0; i < headers; i++) {
            switch (random.nextInt(6)) {
                case 0 -> builder.header("Accept", pick(random, MEDIA));
                case 1 -> builder.header("Accept-Language", random.nextBoolean() ? "zh-CN,en;q=0.5" : "!!");
                case 2 -> builder.header("Origin", "http://evil.example");
                case 3 -> builder.header("Authorization", "Bearer " + segment(random));
                case 4 -> builder.header("Range", "bytes=" + random.nextInt(100) + "-");
                default -> builder.header("X-Fuzz-" + random.nextInt(100), segment(random));
            }
        }
        String method = pick(random, METHODS);
        if (random.nextBoolean() || method.equals("POST") || method.equals("PUT")) {
            builder.header("Content-Type", pick(random, MEDIA));
            byte[] body = random.nextBoolean() ? (random.nextBoolean() ? pick(random, VALUES) : text(random)).getBytes(StandardCharsets.UTF_8)
                    : bytes(random);
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private static String segment(Random random) {
        String alphabet = "abcXYZ019-_.~%!$&'()*+,;=:@发展";
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            s.append(c == '%' ? "%2" + "5F".charAt(random.nextInt(2)) : Http.enc(String.valueOf(c)));
        }
        return s.toString();
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(4) == 0 ? 0x4e00 + random.nextInt(0x5000) : 1 + random.nextInt(0x7e));
        }
        return s.toString();
    }

    private static byte[] bytes(Random random) {
        byte[] b = new byte[random.nextInt(2048)];
        random.nextBytes(b);
        return b;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri() + " " + request.headers().map();
    }
}
