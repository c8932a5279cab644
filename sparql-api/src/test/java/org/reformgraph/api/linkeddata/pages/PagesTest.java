package org.reformgraph.api.linkeddata.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformgraph.api.Http.enc;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformgraph.api.Http;
import org.reformgraph.api.linkeddata.SecurityHeaders;
import org.reformgraph.api.linkeddata.SeedResources;
import org.reformgraph.api.linkeddata.SeededDataset;
import org.reformgraph.api.linkeddata.SeededServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/** Every kind of page, rendered for the seeds: it answers, shows what it is for, and is well-formed and safe. */
@SeededServerTest
class PagesTest {
    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(SeedResources.class)
    void everyKindOfPageRendersSafely(SeedResources resource) {
        page(resource.path + ".html", resource.words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/plan/wuhan-2023/2.1.html", "/id/plan/wuhan-2023/2.1.1/attribution/1.html",
            "/id/graph/wuhan-2023/load.html", "/scheme/agency-type.html", "/scheme/reform-type.html",
            "/scheme/topic/bready.html", "/scheme/topic/bready/business-entry.html", "/id/jurisdiction/wuhan/dongxihu.html",
            "/dataset.html", "/dumps/"})
    void otherPagesRenderSafelyToo(String path) {
        page(path, "reformgraph");
    }

    @Test
    void aPlanPageShowsItsProvenanceOutlineAndAgencies() throws Exception {
        String html = page("/id/plan/wuhan-2023.html", "来源与加载");
        byte[] source = Files.readAllBytes(SeededDataset.seeds().resolve("000_99b205d77e7190ac.txt"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        assertTrue(html.contains(sha), "the source file's checksum");
        assertTrue(html.contains("000_99b205d77e7190ac.txt"), "the source file");
        assertTrue(html.contains("href=\"/id/plan/wuhan-2023/2.1.1.html\""), "the outline links its measures");
        assertTrue(html.contains("市场监督管理局"), "the agencies");
    }

    @Test
    void aMeasurePageMarksTheSpansBehindItsFacts() {
        String html = page(SeedResources.MEASURE.path + ".html", "责任归属");
        assertTrue(html.contains("<mark class=\"attribution"), "the attribution statement is marked in the text");
        assertTrue(html.contains("市市场监管局"), "the agency as written");
        assertTrue(html.contains("href=\"/id/agency/wuhan/market-regulation.html\""), "links the agency");
        assertTrue(html.contains("主题"), "its topics");
    }

    @Test
    void aMeasureWithAReformTypeShowsItAndTheSameReformElsewhere() {
        String measure = firstValue("SELECT ?m WHERE { ?m <https://w3id.org/reformgraph/ontology#reformType> "
                + "<https://w3id.org/reformgraph/scheme/reform-type/double-random-one-public> ; "
                + "<https://w3id.org/reformgraph/ontology#plan> <https://w3id.org/reformgraph/id/plan/wuhan-2023> } ORDER BY ?m LIMIT 1");
        String html = page(measure.replace("https://w3id.org/reformgraph/id/", "/id/") + ".html", "双随机、一公开");
        assertTrue(html.matches("(?s).*<mark class=\"[^\"]*reform[^\"]*\".*"), "the reform's words are marked");
        assertTrue(html.contains("其他城市的同类改革"), "the same reform in other cities");
        assertTrue(html.contains("href=\"/id/jurisdiction/xiamen.html\"") || html.contains("href=\"/id/jurisdiction/guangzhou.html\"")
                || html.contains("href=\"/id/jurisdiction/shanghai.html\""), "names another city");
    }

    @Test
    void aReformTypePageListsCitiesInDateOrderFirstAdopterFirst() {
        String html = page(SeedResources.REFORM_TYPE.path + ".html", "首个采用");
        assertTrue(html.contains("跟进"), "followers");
        String adoption = html.substring(html.indexOf("<ol class=\"adoption\">"));
        Matcher dates = Pattern.compile("</span> \\((\\d{4}(?:-\\d{2}-\\d{2})?)\\)").matcher(adoption);
        List<String> found = new ArrayList<>();
        while (dates.find()) {
            found.add(dates.group(1));
        }
        assertTrue(found.size() >= 2, "dated cities: " + found);
        assertEquals(found.stream().sorted().toList(), found, "in date order");
    }

    @Test
    void anAgencyPageShowsItsMeasuresAndRoles() {
        String html = page(SeedResources.AGENCY.path + ".html", "牵头 Lead");
        assertTrue(html.contains("href=\"/id/plan/wuhan-2023/2.1.1.html\""));
        assertTrue(html.contains("href=\"/scheme/agency-type/market-regulation.html\""), "its type");
    }

    @Test
    void anAgencyTypePageListsTheAgenciesOfThatType() {
        String html = page(SeedResources.AGENCY_TYPE.path + ".html", "机构");
        assertTrue(html.contains("href=\"/id/agency/wuhan/market-regulation.html\""));
        assertTrue(html.contains("href=\"/id/agency/guangzhou/market-regulation.html\""), "in every city");
    }

    @Test
    void aJurisdictionPageListsItsPlansAndDistricts() {
        String html = page(SeedResources.JURISDICTION.path + ".html", "武汉市");
        assertTrue(html.contains("href=\"/id/plan/wuhan-2023.html\""));
        assertTrue(html.contains("href=\"/id/jurisdiction/wuhan/dongxihu.html\""), "Dongxihu lies within Wuhan");
    }

    @Test
    void theOntologyPageHasEveryTermWithBothLabelsAndItsVersion() {
        String html = page("/ontology.html", "https://w3id.org/reformgraph/ontology/0.1.0");
        assertTrue(html.contains("id=\"Plan\""));
        assertTrue(html.contains("id=\"leadAgency\""));
        assertTrue(html.contains("<span lang=\"zh\">方案</span>"));
        assertTrue(html.contains("示例"), "examples from the data");
    }

    private String page(String path, String words) {
        HttpResponse<String> r = new Http(port).get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(Http.contentType(r).startsWith("text/html"), path);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(r.body().contains(words), path + " shows " + words);
        assertFalse(r.body().contains("<script"), "no script");
        assertFalse(r.body().contains(" style="), "no inline style (the policy would block it)");
        wellFormed(path, r.body());
        return r.body();
    }

    /** Parsing as XML proves every text was escaped: a stray {@code <} or {@code &} from the data would not parse. */
    private static void wellFormed(String path, String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertEquals("html", doc.getDocumentElement().getLocalName() == null
                    ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName());
        } catch (Exception e) {
            throw new AssertionError(path + " is not well-formed: " + e.getMessage());
        }
    }

    private String firstValue(String select) {
        HttpResponse<String> r = new Http(port).get("/sparql?format=csv&query=" + enc(select));
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().strip().split("\r?\n");
        assertTrue(lines.length > 1, "no answer to " + select);
        return lines[1].strip();
    }
}
