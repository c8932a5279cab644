package org.reformgraph.api.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformgraph.api.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of resource in every format: by Accept (303 to the format's document, which answers 200) and by suffix
 * (200 at once); 406 for a format we do not have; 404 for IRIs nothing is known of.
 */
@SeededServerTest
class ContentNegotiationTest {
    @LocalServerPort
    int port;

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (SeedResources resource : SeedResources.values()) {
            for (Representation representation : Representation.values()) {
                all.add(Arguments.of(resource, representation));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} by Accept")
    @MethodSource("matrix")
    void acceptRedirectsToTheDocumentInThatFormat(SeedResources resource, Representation representation) {
        Http http = new Http(port);
        HttpResponse<String> redirect = http.get(resource.path, "Accept", representation.mediaType());
        assertEquals(303, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertEquals(resource.path + "." + representation.suffix(), location.replaceFirst("^https?://[^/]+", ""));
        assertTrue(redirect.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        checkDocument(resource, representation, http.get(location.replaceFirst("^https?://[^/]+", "")));
    }

    @ParameterizedTest(name = "{0} as {1} by suffix")
    @MethodSource("matrix")
    void aSuffixAnswersDirectlyWhateverTheAcceptHeader(SeedResources resource, Representation representation) {
        HttpResponse<String> r = new Http(port).get(resource.path + "." + representation.suffix(), "Accept", "image/png");
        checkDocument(resource, representation, r);
    }

    @Test
    void aFormatWeDoNotHaveIs406() {
        for (SeedResources resource : SeedResources.values()) {
            HttpResponse<String> r = new Http(port).get(resource.path, "Accept", "image/png");
            assertEquals(406, r.statusCode(), resource.path);
            assertTrue(r.body().contains("text/turtle"), "says what there is: " + r.body());
        }
    }

    @Test
    void aBrowserIsSentToThePage() {
        HttpResponse<String> r = new Http(port).get(SeedResources.PLAN.path,
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/id/plan/wuhan-2023.html"));
    }

    @Test
    void unknownIrisAre404() {
        Http http = new Http(port);
        for (String path : List.of("/id/plan/no-such-plan", "/id/plan/no-such-plan.ttl", "/id/plan/wuhan-2023/99.99",
                "/scheme/agency-type/no-such-type", "/scheme/reform-type/no-such-reform.html", "/id/a%3Eb")) {
            HttpResponse<String> r = http.get(path, "Accept", "text/turtle");
            assertEquals(404, r.statusCode(), path);
        }
    }

    @Test
    void theDatasetAsAThingRedirectsToItsDescription() {
        HttpResponse<String> r = new Http(port).get("/id/dataset");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/dataset"));
    }

    @Test
    void aMeasureDescriptionCarriesItsAttributionsSpansAndTheLabelsOfWhatItLinksTo() {
        HttpResponse<String> r = new Http(port).get(SeedResources.MEASURE.path + ".ttl");
        Model m = parse(r.body(), Lang.TURTLE);
        String rg = "https://w3id.org/reformgraph/ontology#";
        var measure = m.createResource(SeedResources.MEASURE.iri);
        var attribution = m.createResource(SeedResources.MEASURE.iri + "/attribution/1");
        assertTrue(m.contains(attribution, m.createProperty(rg, "measure"), measure), "its attributions");
        var span = attribution.getPropertyResourceValue(m.createProperty(rg, "evidence"));
        assertTrue(span != null && span.hasProperty(m.createProperty(rg, "quote")), "with their spans");
        var lead = measure.getPropertyResourceValue(m.createProperty(rg, "leadAgency"));
        assertTrue(lead.hasProperty(m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel")), "labels of linked");
        assertFalse(m.contains(lead, m.createProperty(rg, "jurisdiction")), "but not their whole description");
    }

    private static void checkDocument(SeedResources resource, Representation representation, HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), resource.path + " " + r.body());
        assertTrue(Http.contentType(r).startsWith(representation.mediaType()), Http.contentType(r));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        if (representation == Representation.HTML) {
            assertTrue(r.body().startsWith("<!DOCTYPE html>"));
            assertTrue(r.body().contains(resource.words), resource + " page shows " + resource.words);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(representation.mediaType());
        Model m = parse(r.body(), lang);
        assertTrue(m.contains(m.createResource(resource.iri), null, (org.apache.jena.rdf.model.RDFNode) null),
                resource + " as " + representation + " describes " + resource.iri);
        assertTrue(m.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().contains(resource.words)), resource + " has " + resource.words);
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://example.org/").parse(m);
        return m;
    }
}
