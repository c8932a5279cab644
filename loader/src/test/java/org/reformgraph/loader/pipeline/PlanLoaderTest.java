package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.IriMinter;

class PlanLoaderTest {
    private static final String B = "https://example.org/id/";
    private static final String TEXT = """
            一、优化准入
            1.破除准入壁垒。推进改革（市发改委、市市场监管局负责）。
            2.压缩办理时间。全程网办（市发改委、市经信局负责）。
            """;
    private static final PlanMetadata PLAN = new PlanMetadata("test-2024", "测试方案", null, "武汉市发改委", null, 2024, null,
            false, SimpleStages.WUHAN, "test.txt", null);

    private final SimpleStages simple = new SimpleStages();
    private final PlanLoader loader = new PlanLoader(B, simple.stages(TestOntology.standard()));
    private final Dataset dataset = TDB2Factory.createDataset();

    @Test
    void loadsAPlanIntoItsGraphAndReportsWhatItHolds() {
        LoadReport report = loader.load(dataset, PLAN, "test.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals("test-2024", report.planId());
        assertEquals(B + "graph/test-2024", report.graphIri());
        assertEquals(2, report.measures());
        assertEquals(3, report.attributions(), "市经信局 resolves to nothing and is left out");
        assertEquals(2, report.agencies());
        assertEquals(graph(B + "graph/test-2024").size(), report.triples());
        assertEquals(1, report.warnings().size());
        assertEquals("resolve line 3: '市经信局' names no agency the loader knows; left out", report.warnings().get(0).toString());
        assertFalse(graph(B + "graph/catalog").isEmpty());
        assertFalse(graph(IriMinter.ONTOLOGY_GRAPH).isEmpty());
    }

    @Test
    void resolvesEachDistinctSurfaceOnce() {
        loader.load(dataset, PLAN, "test.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        // 市发改委, 市市场监管局, 市经信局 and the issuer 武汉市发改委
        assertEquals(4, simple.resolutions.get());
    }

    @Test
    void loadingTwiceLeavesTheSameTriplesAndIris() {
        loader.load(dataset, PLAN, "test.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        long quads = quadCount();
        Set<String> iris = iris(graph(B + "graph/test-2024"));
        loader.load(dataset, PLAN, "test.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(quads, quadCount());
        assertEquals(iris, iris(graph(B + "graph/test-2024")));
    }

    @Test
    void aGraphThatViolatesTheShapesIsNotStored() {
        PlanLoader strict = new PlanLoader(B, simple.stages(TestOntology.standard().withShapes("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rg: <https://w3id.org/reformgraph/ontology#> .
                <https://example.org/shapes#PlanNumber> a sh:NodeShape ; sh:targetClass rg:Plan ;
                    sh:property [ sh:path rg:documentNumber ; sh:minCount 1 ] .
                """)));
        LoadException error = assertThrows(LoadException.class,
                () -> strict.load(dataset, PLAN, "test.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().startsWith("test.txt: the graph of plan 'test-2024' violates the shapes (1), so it was not stored"),
                error.getMessage());
        assertTrue(error.getMessage().contains("<id:plan/test-2024> <https://w3id.org/reformgraph/ontology#documentNumber>"),
                error.getMessage());
        assertEquals(0, quadCount());
    }

    @Test
    void loadsEveryPlanOfACatalogFolderAndReportsProgress(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Files.writeString(folder.resolve("b.txt"), TEXT.replace("市经信局", "市发改委"));
        Files.writeString(folder.resolve("catalog.ttl"), catalog("a", "a.txt") + catalog("b", "b.txt"));
        List<LoadReport> heard = new ArrayList<>();
        List<LoadReport> reports = loader.loadFolder(dataset, folder, heard::add);
        assertEquals(List.of("a", "b"), reports.stream().map(LoadReport::planId).toList());
        assertEquals(reports, heard);
        assertTrue(reports.get(1).warnings().isEmpty());
        assertFalse(graph(B + "graph/b").isEmpty());
    }

    @Test
    void aCatalogEntryWhoseFileIsMissingStopsTheLoadBeforeAnythingIsWritten(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Files.writeString(folder.resolve("catalog.ttl"), catalog("a", "a.txt") + catalog("b", "gone.txt"));
        LoadException error = assertThrows(LoadException.class, () -> loader.loadFolder(dataset, folder, report -> { }));
        assertTrue(error.getMessage().contains("entry <plan/b>: source file gone.txt is missing"), error.getMessage());
        assertEquals(0, quadCount());
    }

    @Test
    void aPlanWithoutJurisdictionIsRefused() {
        PlanMetadata nowhere = new PlanMetadata("x", null, null, null, null, null, null, false, null, "x.txt", null);
        LoadException error = assertThrows(LoadException.class, () -> loader.load(dataset, nowhere, "x.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x.txt: plan 'x' has no jurisdiction: agencies cannot be resolved without one", error.getMessage());
    }

    private static String catalog(String id, String file) {
        return """
                <plan/%1$s> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/identifier> "%1$s" ;
                    <https://w3id.org/reformgraph/ontology#jurisdiction> <jurisdiction/wuhan> ;
                    <http://www.w3.org/ns/dcat#distribution> [ <https://w3id.org/reformgraph/ontology#sourceFile> "%2$s" ] .
                <jurisdiction/wuhan> <http://www.w3.org/2000/01/rdf-schema#label> "武汉市"@zh ;
                    <https://w3id.org/reformgraph/ontology#level> <https://w3id.org/reformgraph/ontology#City> ;
                    <https://w3id.org/reformgraph/ontology#within> <jurisdiction/hubei> .
                <jurisdiction/hubei> <http://www.w3.org/2000/01/rdf-schema#label> "湖北省"@zh ;
                    <https://w3id.org/reformgraph/ontology#level> <https://w3id.org/reformgraph/ontology#Province> .
                """.formatted(id, file);
    }

    private Model graph(String name) {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
    }

    private long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var quads = dataset.asDatasetGraph().find();
            while (quads.hasNext()) {
                quads.next();
                n++;
            }
            return n;
        });
    }

    private static Set<String> iris(Model model) {
        Set<String> iris = new TreeSet<>();
        model.listSubjects().forEachRemaining(subject -> iris.add(subject.getURI()));
        return iris;
    }
}
