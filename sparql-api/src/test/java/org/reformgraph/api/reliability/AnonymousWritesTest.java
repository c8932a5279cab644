package org.reformgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.ServerTest;
import org.reformgraph.api.TestDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a write token, no route writes: SPARQL Update on the query endpoint and on /update, every Graph Store Protocol
 * method, Fuseki's admin paths, the dataset's own URL and plan uploads all answer 4xx, and the data is unchanged.
 */
@ServerTest
class AnonymousWritesTest {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:evil> { <urn:a> <urn:b> <urn:c> } }";
    private static final String DROP = "DROP ALL";
    private static final String TURTLE = "<urn:a> <urn:b> <urn:c> .";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "POST   | /sparql                          | application/sparql-update         | UPDATE",
            "POST   | /sparql                          | application/x-www-form-urlencoded | FORM_UPDATE",
            "POST   | /sparql?update=DROP%20ALL        | application/x-www-form-urlencoded | EMPTY",
            "GET    | /sparql?update=DROP%20ALL        | text/plain                        | EMPTY",
            "POST   | /update                          | application/sparql-update         | UPDATE",
            "POST   | /update                          | application/x-www-form-urlencoded | FORM_UPDATE",
            "PUT    | /graph?graph=urn:evil            | text/turtle                       | TURTLE",
            "POST   | /graph?graph=urn:evil            | text/turtle                       | TURTLE",
            "DELETE | /graph?graph=GUANGZHOU           | text/turtle                       | EMPTY",
            "PUT    | /graph?default                   | text/turtle                       | TURTLE",
            "POST   | /graph?default                   | text/turtle                       | TURTLE",
            "DELETE | /graph?default                   | text/turtle                       | EMPTY",
            "PATCH  | /graph?graph=GUANGZHOU           | application/rdf-patch             | EMPTY",
            "PUT    | /sparql?graph=urn:evil           | text/turtle                       | TURTLE",
            "DELETE | /sparql?graph=GUANGZHOU          | text/turtle                       | EMPTY",
            "POST   | /ds                              | application/sparql-update         | UPDATE",
            "POST   | /ds/update                       | application/sparql-update         | UPDATE",
            "PUT    | /ds/data?graph=urn:evil          | text/turtle                       | TURTLE",
            "POST   | /reformgraph/update              | application/sparql-update         | UPDATE",
            "POST   | /$/datasets?dbName=x&dbType=mem  | application/x-www-form-urlencoded | EMPTY",
            "DELETE | /$/datasets/ds                   | text/plain                        | EMPTY",
            "POST   | /$/compact/ds                    | text/plain                        | EMPTY",
            "POST   | /$/backup/ds                     | text/plain                        | EMPTY",
            "POST   | /$/reload                        | text/plain                        | EMPTY",
            "POST   | /$/server/shutdown               | text/plain                        | EMPTY",
            "GET    | /$/server                        | text/plain                        | EMPTY",
            "POST   | /api/plans                       | text/plain                        | TURTLE",
            "POST   | /api/queries/plans               | application/sparql-update         | UPDATE",
            "POST   | /actuator/shutdown               | application/json                  | EMPTY",
    })
    void isRefusedAndChangesNothing(String method, String path, String contentType, String body) {
        TreeSet<String> before = DatasetContent.of(dataset);
        String target = path.replace("GUANGZHOU", Http.enc(TestDataset.GUANGZHOU_GRAPH)).replace("$", "%24");
        HttpResponse<String> r = http.method(method, target, contentType, body(body));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " → " + r.statusCode() + " " + r.body());
        assertEquals(before, DatasetContent.of(dataset), method + " " + path + " changed the data");
    }

    private static String body(String kind) {
        return switch (kind) {
            case "UPDATE" -> INSERT + " ; " + DROP;
            case "FORM_UPDATE" -> "update=" + Http.enc(INSERT + " ; " + DROP);
            case "TURTLE" -> TURTLE;
            default -> "";
        };
    }
}
