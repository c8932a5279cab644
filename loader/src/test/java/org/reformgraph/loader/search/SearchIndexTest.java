package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.StoreCompaction;
import org.reformgraph.ontology.RG;

/** The index beside a TDB2 dataset, kept in step with loads, re-loads, removals, restarts and compactions. */
class SearchIndexTest {

    @TempDir
    Path db;
    private Dataset dataset;

    @BeforeEach
    void open() {
        dataset = PlanStore.open(db);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void aLoadedPlanIsFoundAndAReloadForgetsItsOldText() {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        try (SearchIndex index = SearchIndex.open(db)) {
            IndexSync.Report first = index.sync(dataset.asDatasetGraph());
            assertTrue(first.indexed() >= 2, "the plan graph and the ontology's: " + first);
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/wuhan-plan/1.1"), IndexedPlans.found(index, "带押过户"));

            IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT.replace("带押过户", "交房即办证"));
            IndexSync.Report second = index.sync(dataset.asDatasetGraph());
            assertEquals(1, second.indexed(), "only the re-loaded plan's graph changed: " + second);
            assertEquals(List.of(), IndexedPlans.found(index, "带押过户"), "the stale text is gone");
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/wuhan-plan/1.1"), IndexedPlans.found(index, "交房即办证"));
        }
    }

    @Test
    void aRemovedPlanIsGone() {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        IndexedPlans.load(dataset, "Other_Plan.txt", IndexedPlans.TEXT);
        try (SearchIndex index = SearchIndex.open(db)) {
            index.sync(dataset.asDatasetGraph());
            assertEquals(2, IndexedPlans.found(index, "证照分离").size());
            Txn.executeWrite(dataset, () -> dataset.removeNamedModel(RG.DEFAULT_BASE + "graph/other-plan"));
            IndexSync.Report report = index.sync(dataset.asDatasetGraph());
            assertEquals(1, report.removed(), report.toString());
            assertEquals(List.of(RG.DEFAULT_BASE + "plan/wuhan-plan/1.2"), IndexedPlans.found(index, "证照分离"));
        }
    }

    @Test
    void afterARestartNothingIsIndexedAgain() {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        SearchIndex.update(db, dataset.asDatasetGraph());
        try (SearchIndex index = SearchIndex.open(db)) {
            assertTrue(!index.fresh());
            assertEquals(1, IndexedPlans.found(index, "带押过户").size(), "found before any sync");
            IndexSync.Report report = index.sync(dataset.asDatasetGraph());
            assertEquals(0, report.indexed() + report.removed(), report.toString());
        }
    }

    @Test
    void compactionKeepsTheIndexFolderAndItsDocuments() throws IOException {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        SearchIndex.update(db, dataset.asDatasetGraph());
        new StoreCompaction(db).compact(dataset);
        assertTrue(Files.isDirectory(SearchIndex.folderOf(db)), "TDB2's compaction leaves other folders alone");
        try (SearchIndex index = SearchIndex.open(db)) {
            IndexSync.Report report = index.sync(dataset.asDatasetGraph());
            assertEquals(0, report.indexed(), "compaction changes no text: " + report);
            assertEquals(1, IndexedPlans.found(index, "带押过户").size());
        }
        assertTrue(Txn.calculateRead(dataset, () -> dataset.containsNamedModel(RG.DEFAULT_BASE + "graph/wuhan-plan")));
    }

    @Test
    void aDamagedIndexIsRebuiltNotFatal() throws IOException {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        SearchIndex.update(db, dataset.asDatasetGraph());
        try (Stream<Path> files = Files.list(SearchIndex.folderOf(db))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (SearchIndex index = SearchIndex.open(db)) {
            assertTrue(index.fresh(), "a damaged index is started afresh");
            index.sync(dataset.asDatasetGraph());
            assertEquals(1, IndexedPlans.found(index, "带押过户").size());
        }
    }

    @Test
    void aMissingIndexIsBuilt() throws IOException {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        SearchIndex.update(db, dataset.asDatasetGraph());
        try (Stream<Path> files = Files.walk(SearchIndex.folderOf(db))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (SearchIndex index = SearchIndex.open(db)) {
            assertTrue(index.fresh());
            assertEquals(List.of(), IndexedPlans.found(index, "带押过户"));
            index.sync(dataset.asDatasetGraph());
            assertEquals(1, IndexedPlans.found(index, "带押过户").size());
        }
    }

    @Test
    void anIndexBuiltWithAnotherAnalyzerIsRebuilt() {
        IndexedPlans.load(dataset, "Wuhan_Plan.txt", IndexedPlans.TEXT);
        try (SearchIndex index = SearchIndex.open(db, ChineseAnalyzer.CJK)) {
            index.sync(dataset.asDatasetGraph());
        }
        try (SearchIndex index = SearchIndex.open(db)) {
            assertTrue(index.fresh(), "built with cjk, opened with " + ChineseAnalyzer.DEFAULT.id());
        }
    }
}
