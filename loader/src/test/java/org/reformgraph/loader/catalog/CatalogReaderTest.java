package org.reformgraph.loader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.ontology.RG;

class CatalogReaderTest {
    private final CatalogReader reader = new CatalogReader(RG.DEFAULT_BASE);

    @Test
    void theSeedCatalogDescribesTheFivePlans() {
        Catalog catalog = reader.read(Seeds.folder().resolve("catalog.ttl"));
        assertEquals(List.of("dongxihu-2025", "guangzhou-2023", "shanghai-2017", "wuhan-2023", "xiamen-2022"),
                catalog.plans().stream().map(PlanMetadata::id).toList());
        for (PlanMetadata plan : catalog.plans()) {
            assertTrue(Files.isRegularFile(catalog.sourcePath(plan)), plan.sourceFile());
        }
    }

    @Test
    void guangzhouHasEverythingItsNoticeSays() {
        PlanMetadata plan = reader.read(Seeds.folder().resolve("catalog.ttl")).forFile("002_b3011f46f47b348f.txt").orElseThrow();
        assertEquals("guangzhou-2023", plan.id());
        assertEquals("广州市建设国际一流营商环境标杆城市助力产业高质量发展行动方案", plan.title());
        assertEquals("穗府办函〔2023〕37号", plan.documentNumber());
        assertEquals("广州市人民政府办公厅", plan.issuer());
        assertEquals(LocalDate.of(2023, 7, 28), plan.issued());
        assertFalse(plan.draft());
        assertEquals("https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_9137349.html", plan.sourceUrl());
        assertEquals(Jurisdiction.city("广州市", Jurisdiction.province("广东省")), plan.jurisdiction());
    }

    @Test
    void wuhanIsADraftOfTheDevelopmentAndReformCommission() {
        PlanMetadata plan = seed("wuhan-2023");
        assertTrue(plan.draft());
        assertEquals("武汉市发展和改革委员会", plan.issuer());
        assertEquals(LocalDate.of(2023, 10, 31), plan.issued());
        assertNull(plan.documentNumber());
    }

    @Test
    void undatedPlansHaveAnEstimatedYearWithANoteAndNothingElseInvented() {
        PlanMetadata xiamen = seed("xiamen-2022");
        assertNull(xiamen.title());
        assertNull(xiamen.issued());
        assertNull(xiamen.issuer());
        assertEquals(2022, xiamen.year());
        assertTrue(xiamen.yearNote().contains("20th"));
        assertEquals(Jurisdiction.city("厦门市", Jurisdiction.province("福建省")), xiamen.jurisdiction());

        PlanMetadata shanghai = seed("shanghai-2017");
        assertEquals(2017, shanghai.year());
        assertNull(shanghai.issued());
        assertEquals(new Jurisdiction("上海市", Level.CITY, null, null), shanghai.jurisdiction(), "a municipality has no province above it");
    }

    @Test
    void dongxihuIsADistrictOfWuhan() {
        PlanMetadata plan = seed("dongxihu-2025");
        Jurisdiction wuhan = Jurisdiction.city("武汉市", Jurisdiction.province("湖北省"));
        assertEquals(Jurisdiction.district("东西湖区", wuhan), plan.jurisdiction());
        assertEquals(wuhan, plan.jurisdiction().countsForCity());
        assertEquals("东政办〔2025〕2号", plan.documentNumber());
    }

    @Test
    void aMissingSourceFileNamesTheCatalogAndTheEntry(@TempDir Path dir) throws IOException {
        Path catalog = write(dir, entry("plan-a", "a.txt", "rg:City"));
        LoadException error = assertThrows(LoadException.class, () -> reader.read(catalog));
        assertTrue(error.getMessage().startsWith(catalog.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("entry <plan/plan-a>: source file a.txt is missing"), error.getMessage());
    }

    @Test
    void aDuplicateIdIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "一、");
        Files.writeString(dir.resolve("b.txt"), "一、");
        String second = entry("plan-a", "b.txt", "rg:City").replace("<plan/plan-a>", "<plan/plan-b>");
        LoadException error = assertThrows(LoadException.class, () -> reader.read(write(dir, entry("plan-a", "a.txt", "rg:City") + second)));
        assertTrue(error.getMessage().contains("duplicate id 'plan-a'"), error.getMessage());
    }

    @Test
    void aBadIdIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "一、");
        LoadException error = assertThrows(LoadException.class, () -> reader.read(write(dir, entry("Plan_A", "a.txt", "rg:City"))));
        assertTrue(error.getMessage().contains("bad id 'Plan_A'"), error.getMessage());
    }

    @Test
    void anUnknownLevelIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "一、");
        LoadException error = assertThrows(LoadException.class, () -> reader.read(write(dir, entry("plan-a", "a.txt", "rg:Village"))));
        assertTrue(error.getMessage().contains("entry <plan/plan-a>: unknown level <https://w3id.org/reformgraph/ontology#Village>"),
                error.getMessage());
    }

    @Test
    void brokenTurtleIsAnError(@TempDir Path dir) throws IOException {
        LoadException error = assertThrows(LoadException.class, () -> reader.read(write(dir, "<plan/a> a ")));
        assertTrue(error.getMessage().contains("not valid Turtle"), error.getMessage());
    }

    @Test
    void aMissingCatalogIsAnError(@TempDir Path dir) {
        LoadException error = assertThrows(LoadException.class, () -> reader.read(dir.resolve("catalog.ttl")));
        assertTrue(error.getMessage().contains("no catalog file"), error.getMessage());
    }

    private PlanMetadata seed(String id) {
        return reader.read(Seeds.folder().resolve("catalog.ttl")).byId(id).orElseThrow();
    }

    private static Path write(Path dir, String body) throws IOException {
        String prefixes = """
                @prefix rg: <https://w3id.org/reformgraph/ontology#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """;
        return Files.writeString(dir.resolve("catalog.ttl"), prefixes + body);
    }

    private static String entry(String id, String file, String level) {
        return """
                <plan/%1$s> a dcat:Dataset ; dct:identifier "%1$s" ; rg:jurisdiction <jurisdiction/x> ;
                    dcat:distribution [ rg:sourceFile "%2$s" ] .
                <jurisdiction/x> rdfs:label "某市"@zh ; rg:level %3$s .
                """.formatted(id, file, level);
    }
}
