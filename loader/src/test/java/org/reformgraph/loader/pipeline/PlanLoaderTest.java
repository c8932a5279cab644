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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.testing.ScratchDatasets;

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
    private final Dataset dataset = ScratchDatasets.tdb2();

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

    private static final String QUOTES_IT = """
            一、优化登记
            1.便利不动产登记。推行“交房云办证”（市发改委负责）。
            """;
    private static final String WRITES_IT = """
            一、优化登记
            1.便利不动产登记。全面推行交房云办证，压缩办理时间（市发改委负责）。
            """;
    private static final String CANDIDATE = "https://w3id.org/reformgraph/scheme/reform-type/candidate/jiao-fang-yun-ban-zheng";

    @Test
    void aFolderLoadFindsATermQuotedInOnePlanWhereAnotherWritesItUnquoted(@TempDir Path folder) throws IOException {
        // the plan that writes it comes first: pass 1 has read every plan before any is tagged
        Files.writeString(folder.resolve("b.txt"), WRITES_IT);
        Files.writeString(folder.resolve("a.txt"), QUOTES_IT);
        Files.writeString(folder.resolve("catalog.ttl"), catalog("b", "b.txt") + catalog("a", "a.txt"));
        List<LoadReport> reports = loader.loadFolder(dataset, folder, report -> { });
        assertEquals(List.of(1, 1), reports.stream().map(LoadReport::reformTypes).toList());
        assertEquals(List.of("false"), occurrences("b"), "unquoted in b");
        assertEquals(List.of("true"), occurrences("a"), "quoted in a");
        assertTrue(graph(B + "graph/b").contains(graph(B + "graph/b").createResource(CANDIDATE),
                org.reformgraph.ontology.RG.candidate), "the candidate is described in each graph that names it");
    }

    @Test
    void aSingleFileThatBringsANewCandidateNamesThePlansThatWouldGainIt() {
        PlanMetadata writer = new PlanMetadata("b", null, null, null, null, 2024, null, false, SimpleStages.WUHAN, "b.txt", null);
        PlanMetadata quoter = new PlanMetadata("a", null, null, null, null, 2024, null, false, SimpleStages.WUHAN, "a.txt", null);
        loader.load(dataset, writer, "b.txt", WRITES_IT.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), occurrences("b"), "alone, b has no reason to take 交房云办证 for a reform");

        LoadReport report = loader.load(dataset, quoter, "a.txt", QUOTES_IT.getBytes(StandardCharsets.UTF_8));
        List<String> tagWarnings = report.warnings().stream().filter(w -> w.stage().equals("tag"))
                .map(Object::toString).toList();
        assertEquals(1, tagWarnings.size(), report.warnings().toString());
        assertTrue(tagWarnings.get(0).contains("“交房云办证”") && tagWarnings.get(0).contains("is also written in b, tagged before any plan quoted it")
                && tagWarnings.get(0).contains("re-load that plan"), tagWarnings.get(0));

        // a's re-load still warns: b has not been re-loaded
        LoadReport still = loader.load(dataset, quoter, "a.txt", QUOTES_IT.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, still.warnings().stream().filter(w -> w.stage().equals("tag")).count(), still.warnings().toString());

        // re-loading b alone now finds it: the store knows the candidate
        LoadReport again = loader.load(dataset, writer, "b.txt", WRITES_IT.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("false"), occurrences("b"));
        assertTrue(again.warnings().stream().noneMatch(w -> w.stage().equals("tag")), again.warnings().toString());
        // and a's re-load warns no more: b records it
        LoadReport quiet = loader.load(dataset, quoter, "a.txt", QUOTES_IT.getBytes(StandardCharsets.UTF_8));
        assertTrue(quiet.warnings().stream().noneMatch(w -> w.stage().equals("tag")), quiet.warnings().toString());
    }

    @Test
    void aPlanThatHasTheCharactersInsideAnotherWordIsNotNamed() {
        PlanMetadata inside = new PlanMetadata("c", null, null, null, null, 2024, null, false, SimpleStages.WUHAN, "c.txt", null);
        PlanMetadata quoter = new PlanMetadata("a", null, null, null, null, 2024, null, false, SimpleStages.WUHAN, "a.txt", null);
        loader.load(dataset, inside, "c.txt", """
                一、优化准入
                1.便利企业开办。推行企业开办集成办理（市发改委负责）。
                """.getBytes(StandardCharsets.UTF_8));
        LoadReport report = loader.load(dataset, quoter, "a.txt", """
                一、优化准入
                1.便利企业开办。设立“集成办”窗口（市发改委负责）。
                """.getBytes(StandardCharsets.UTF_8));
        assertTrue(report.warnings().stream().noneMatch(w -> w.stage().equals("tag")),
                "集成办理 does not contain the word 集成办: " + report.warnings());
    }

    @Test
    void aTermQuotedInOneMeasureIsFoundInTheOthersOfThePlan() {
        PlanMetadata both = new PlanMetadata("d", null, null, null, null, 2024, null, false, SimpleStages.WUHAN, "d.txt", null);
        loader.load(dataset, both, "d.txt", (QUOTES_IT + "2.压缩登记时间。全面推行交房云办证（市发改委负责）。\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("false", "true"), occurrences("d").stream().sorted().toList());
    }

    /** rg:quoted of each occurrence of the candidate in a plan's graph. */
    private List<String> occurrences(String planId) {
        Model graph = graph(B + "graph/" + planId);
        List<String> out = new ArrayList<>();
        graph.listSubjectsWithProperty(org.reformgraph.ontology.RG.reformType, graph.createResource(CANDIDATE))
                .filterKeep(r -> r.hasProperty(org.apache.jena.vocabulary.RDF.type, org.reformgraph.ontology.RG.ReformTypeOccurrence))
                .forEachRemaining(r -> out.add(r.getProperty(org.reformgraph.ontology.RG.quoted).getString()));
        return out;
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
