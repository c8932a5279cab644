package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.StoreCompaction;
import org.reformgraph.ontology.RG;

/** A targeted sync reads only the graphs it is given; the full pass and the compaction check cover the rest. */
class TargetedSyncTest {
    private static final String WUHAN = RG.DEFAULT_BASE + "graph/wuhan-plan";
    private static final String OTHER = RG.DEFAULT_BASE + "graph/other-plan";

    @TempDir
    Path db;
    private Dataset dataset;

    @BeforeEach
    void open() {
        dataset = PlanStore.open(db);
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        IndexedPlans.load(dataset, "Other_Plan.txt", IndexedPlans.TEXT);
        SearchIndex.update(db, dataset.asDatasetGraph());
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    /** Renames the first measure's label in {@code graph} without telling the index. */
    private void relabelBehindTheIndex(String graph, String label) {
        Txn.executeWrite(dataset, () -> {
            Model model = dataset.getNamedModel(graph);
            Resource measure = model.createResource(RG.DEFAULT_BASE + "plan/" + graph.substring(graph.lastIndexOf('/') + 1)
                    + "/1.1");
            model.removeAll(measure, org.apache.jena.vocabulary.RDFS.label, null);
            model.add(measure, org.apache.jena.vocabulary.RDFS.label, model.createLiteral(label, "zh"));
        });
    }

    @Test
    void aTargetedSyncReadsOnlyTheGivenGraphs() {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT.replace("带押过户", "交房即办证"));
        relabelBehindTheIndex(OTHER, "拿地即开工");
        try (SearchIndex index = SearchIndex.open(db)) {
            IndexSync.Report report = index.sync(dataset.asDatasetGraph(), List.of(WUHAN));
            assertEquals(1, report.read(), "only the given graph is read: " + report);
            assertEquals(1, report.indexed(), report.toString());
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/wuhan-plan/1.1"), IndexedPlans.found(index, "交房即办证"));
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/other-plan/1.1"), IndexedPlans.found(index, "带押过户"),
                    "the re-loaded plan's stale text is gone; the other graph, not given, is as the index last saw it");
            assertEquals(List.of(), IndexedPlans.found(index, "拿地即开工"), "a change behind the index's back is not re-read");

            IndexSync.Report full = index.sync(dataset.asDatasetGraph());
            assertEquals(1, full.indexed(), "the full pass finds the graph changed behind its back: " + full);
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/other-plan/1.1"), IndexedPlans.found(index, "拿地即开工"));
        }
    }

    @Test
    void aGivenGraphTheStoreNoLongerHasIsRemoved() {
        Txn.executeWrite(dataset, () -> dataset.removeNamedModel(OTHER));
        try (SearchIndex index = SearchIndex.open(db)) {
            IndexSync.Report report = index.sync(dataset.asDatasetGraph(), List.of(OTHER));
            assertEquals(1, report.removed(), report.toString());
            assertEquals(0, report.read(), report.toString());
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/wuhan-plan/1.2"), IndexedPlans.found(index, "证照分离"));
        }
    }

    @Test
    void aGraphGivenUnchangedIsReadButNotRewritten() {
        IndexSync.Report report = SearchIndex.update(db, dataset.asDatasetGraph(), List.of(WUHAN));
        assertEquals(new IndexSync.Report(0, 0, 1, 0, report.took()), report);
    }

    @Test
    void aRebuiltIndexGetsTheFullPassEvenWhenGraphsAreGiven() {
        try (SearchIndex index = SearchIndex.open(db, ChineseAnalyzer.CJK)) {
            index.sync(dataset.asDatasetGraph());
        }
        IndexSync.Report report = SearchIndex.update(db, dataset.asDatasetGraph(), List.of(WUHAN));
        assertEquals(true, report.read() > 2, "every graph, not only the one given: " + report);
    }

    @Test
    void theCompactionCheckReadsNothingWhenTheGraphsMatch() {
        new StoreCompaction(db).compact(dataset);
        IndexSync.Report report = SearchIndex.check(db, dataset.asDatasetGraph());
        assertEquals(0, report.read() + report.indexed() + report.removed(), report.toString());
        try (SearchIndex index = SearchIndex.open(db)) {
            assertEquals(2, IndexedPlans.found(index, "带押过户").size());
        }
    }

    @Test
    void theCompactionCheckRunsTheFullPassWhenGraphsCameOrWent() {
        Txn.executeWrite(dataset, () -> dataset.removeNamedModel(OTHER));
        IndexSync.Report report = SearchIndex.check(db, dataset.asDatasetGraph());
        assertEquals(1, report.removed(), report.toString());
    }
}
