package org.reformgraph.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.api.write.PlanUploads;
import org.reformgraph.loader.catalog.PlanMetadataBuilder;
import org.reformgraph.loader.search.ChineseAnalyzer;
import org.reformgraph.loader.search.Kind;
import org.reformgraph.loader.search.SearchHit;
import org.reformgraph.loader.search.SearchIndex;
import org.reformgraph.loader.search.SearchRequest;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.reformgraph.ontology.RG;

/** An upload is indexed by its own graph, without a pass over the corpus; a write of unknown graphs gets that pass. */
class SearchIndexKeeperTest {
    private static final String PLAN = "一、优化准入\n1.推行带押过户。全面推行二手房“带押过户”登记模式（市自然资源和规划局负责）。\n";

    private Dataset dataset;
    private SearchIndexKeeper keeper;
    private PlanUploads uploads;

    @BeforeEach
    void start() throws InterruptedException {
        dataset = ScratchDatasets.tdb2();
        keeper = new SearchIndexKeeper(SearchIndex.inMemory(ChineseAnalyzer.DEFAULT), dataset.asDatasetGraph(),
                DataVersion.of(dataset.asDatasetGraph()));
        keeper.start();
        waitFor(() -> !keeper.building() && keeper.fullPasses() == 1);
        uploads = new PlanUploads(dataset, RG.DEFAULT_BASE, keeper);
    }

    @AfterEach
    void stop() {
        keeper.close();
        dataset.close();
    }

    private void upload(String id, String text) {
        uploads.load(PlanMetadataBuilder.forFile(id + ".txt").id(id).jurisdiction("湖北省武汉市").year(2023)
                        .title("武汉市优化营商环境行动方案").build(),
                id + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> found(String query, Kind kind) {
        return keeper.index().searcher().search(new SearchRequest(query, 20, 0, null, kind)).hits().stream()
                .map(SearchHit::iri).toList();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not reached in 20 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void anUploadIsFoundWhenAnsweredAndCausesNoFullPass() throws InterruptedException {
        upload("keeper-upload", PLAN);
        assertEquals(List.of(RG.DEFAULT_BASE + "plan/keeper-upload/1.1"), found("带押过户", Kind.Measure), "found as soon as answered");
        assertEquals(List.of(RG.DEFAULT_BASE + "plan/keeper-upload"), found("优化营商环境行动方案", Kind.Plan),
                "by the title its catalog entry gives it");
        assertEquals(1, found("带押过户", Kind.ReformType).size(), "the ontology graph the first load wrote is indexed too");
        Thread.sleep(3 * SearchIndexKeeper.CHECK_MILLIS);
        assertEquals(1, keeper.fullPasses(), "only the start's full pass: the upload's write was accounted for");
    }

    @Test
    void aWriteOfUnknownGraphsGetsAFullPassInTheBackground() throws InterruptedException {
        Txn.executeWrite(dataset, () -> {
            Model model = dataset.getNamedModel(RG.DEFAULT_BASE + "graph/keeper-update");
            model.createResource(RG.DEFAULT_BASE + "plan/keeper-update/1")
                    .addProperty(RDF.type, model.createResource(RG.NS + "Measure"))
                    .addProperty(model.createProperty(RG.NS + "text"), "推进信用修复一件事", "zh");
        });
        waitFor(() -> keeper.fullPasses() == 2);
        assertEquals(List.of(RG.DEFAULT_BASE + "plan/keeper-update/1"), found("信用修复", Kind.Measure));
    }
}
