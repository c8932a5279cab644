package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.catalog.Catalog;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.loader.testing.ScratchDatasets;
import org.reformgraph.ontology.RG;

/**
 * A folder load extracts plans in parallel and stores them several to a transaction: what lands must not depend on
 * either, and a plan that fails, before or while being stored, must cost only itself.
 */
class FolderLoadTest {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final PlanLoader LOADER = new PlanLoader(RG.DEFAULT_BASE);
    private static Dataset sequential;
    private static List<String> sequentialOrder;

    @BeforeAll
    static void loadOneAtATime() {
        sequential = ScratchDatasets.tdb2();
        sequentialOrder = ids(LOADER.loadFolder(sequential, Seeds.folder(), LoadSettings.sequential(),
                new LoadProfile(), r -> { }, FolderLoadTest::unexpected));
    }

    @AfterAll
    static void close() {
        sequential.close();
    }

    @Test
    void threeThreadsAndBatchesOfTwoStoreTheSameQuadsInTheSameOrder() {
        Dataset parallel = ScratchDatasets.tdb2();
        LoadProfile profile = new LoadProfile();
        List<LoadReport> reports = LOADER.loadFolder(parallel, Seeds.folder(), new LoadSettings(3, 2), profile,
                r -> { }, FolderLoadTest::unexpected);
        assertEquals(sequentialOrder, ids(reports));
        assertEquals(quads(sequential), quads(parallel));
        assertEquals(3, profile.transactions(), "5 plans, 2 to a transaction");
        assertEquals(5, profile.plans());
        for (LoadReport report : reports) {
            assertEquals(LoadProfile.STAGES, List.copyOf(report.stages().keySet()), report.planId());
        }
        assertTrue(profile.total("attribute").toNanos() > 0);
    }

    @Test
    void aPlanThatFailsBeforeTheStoreIsLeftOutOfItsBatchAndTheOthersLand(@TempDir Path folder) throws IOException {
        copySeeds(folder);
        String broken = sequentialOrder.get(2);
        Catalog catalog = new CatalogReader(RG.DEFAULT_BASE).read(folder.resolve(CatalogReader.FILE_NAME));
        Path file = catalog.sourcePath(catalog.byId(broken).orElseThrow());
        Dataset dataset = ScratchDatasets.tdb2();
        LOADER.loadFolder(dataset, folder, LoadSettings.sequential(), new LoadProfile(), r -> { }, FolderLoadTest::unexpected);
        Set<String> before = quads(dataset);
        Set<String> brokenBefore = graphWithTimes(dataset, broken);
        Files.writeString(file, "没有编号的措施，什么也加载不了。", StandardCharsets.UTF_8);

        List<LoadException> failures = new ArrayList<>();
        LoadProfile profile = new LoadProfile();
        List<LoadReport> reports = LOADER.loadFolder(dataset, folder, new LoadSettings(2, 10), profile, r -> { },
                failures::add);

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).getMessage().contains("no numbered measures"), failures.get(0).getMessage());
        assertEquals(4, reports.size());
        assertFalse(ids(reports).contains(broken));
        assertEquals(1, profile.transactions(), "the four good plans share one transaction");
        assertEquals(before, quads(dataset), "the others were replaced by the same graphs");
        assertEquals(brokenBefore, graphWithTimes(dataset, broken), "the failed plan's graph is as it was, timestamps and all");
    }

    @Test
    void aWriteThatFailsInABatchCostsOnlyItsOwnPlan() {
        Dataset dataset = ScratchDatasets.tdb2();
        LOADER.loadFolder(dataset, Seeds.folder(), LoadSettings.sequential(), new LoadProfile(), r -> { },
                FolderLoadTest::unexpected);
        Set<String> before = quads(dataset);
        String failing = sequentialOrder.get(1);
        Set<String> failingBefore = graphWithTimes(dataset, failing);
        Node failingGraph = NodeFactory.createURI(LOADER.iris().graph(failing));
        Dataset refusing = DatasetFactory.wrap(new DatasetGraphWrapper(dataset.asDatasetGraph()) {
            @Override
            public void addGraph(Node graphName, Graph graph) {
                if (graphName.equals(failingGraph)) {
                    throw new IllegalStateException("disk says no");
                }
                super.addGraph(graphName, graph);
            }
        });

        List<LoadException> failures = new ArrayList<>();
        LoadProfile profile = new LoadProfile();
        List<LoadReport> reports = LOADER.loadFolder(refusing, Seeds.folder(), new LoadSettings(2, 5), profile,
                r -> { }, failures::add);

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).getMessage().contains("disk says no"), failures.get(0).getMessage());
        assertEquals(4, reports.size(), "the batch was aborted and its other plans loaded one by one");
        assertEquals(before, quads(dataset));
        assertEquals(failingBefore, graphWithTimes(dataset, failing), "the failing plan's graph is untouched, timestamps and all");
    }

    @Test
    void aFolderWhosePlansAllFailChangesNothingNotEvenTheOntology(@TempDir Path folder) throws IOException {
        copySeeds(folder);
        Catalog catalog = new CatalogReader(RG.DEFAULT_BASE).read(folder.resolve(CatalogReader.FILE_NAME));
        for (var plan : catalog.plans()) {
            Files.writeString(catalog.sourcePath(plan), "没有编号的措施，什么也加载不了。", StandardCharsets.UTF_8);
        }
        Dataset dataset = ScratchDatasets.tdb2();

        List<LoadException> failures = new ArrayList<>();
        LoadProfile profile = new LoadProfile();
        List<LoadReport> reports = LOADER.loadFolder(dataset, folder, new LoadSettings(2, 10), profile, r -> { },
                failures::add);

        assertEquals(5, failures.size(), failures.toString());
        assertTrue(reports.isEmpty());
        assertEquals(0, profile.transactions(), "the transaction opened ahead of the first plan was not committed");
        assertEquals(Set.of(), quads(dataset), "not even the ontology was written");
    }

    @Test
    void aLoadStoppedByAnExceptionLeavesNoTransactionOpenAndNothingOfItsBatch(@TempDir Path folder) throws IOException {
        copySeeds(folder);
        String broken = sequentialOrder.get(2);
        Catalog catalog = new CatalogReader(RG.DEFAULT_BASE).read(folder.resolve(CatalogReader.FILE_NAME));
        Files.writeString(catalog.sourcePath(catalog.byId(broken).orElseThrow()), "没有编号的措施。", StandardCharsets.UTF_8);
        Dataset dataset = ScratchDatasets.tdb2();

        IllegalStateException stop = new IllegalStateException("the caller gives up at the first failure");
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> LOADER.loadFolder(dataset, folder, new LoadSettings(1, 10), new LoadProfile(), r -> { },
                        failure -> {
                            throw stop;
                        }));

        assertEquals(stop, thrown);
        assertFalse(dataset.isInTransaction(), "the batch's write transaction was aborted, not left open");
        assertEquals(Set.of(), quads(dataset), "the two plans written before the stop did not land");
    }

    /** Every quad as a line, the load runs' timestamps dropped (they are the only thing that differs between runs). */
    private static Set<String> quads(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<String> lines = new TreeSet<>();
            dataset.asDatasetGraph().find().forEachRemaining(quad -> {
                String predicate = quad.getPredicate().getURI();
                if (!predicate.equals(PROV + "startedAtTime") && !predicate.equals(PROV + "endedAtTime")) {
                    lines.add(line(quad));
                }
            });
            return lines;
        });
    }

    private static String line(Quad quad) {
        return NodeFmtLib.strNT(quad.getGraph()) + " " + NodeFmtLib.strNT(quad.getSubject()) + " "
                + NodeFmtLib.strNT(quad.getPredicate()) + " " + NodeFmtLib.strNT(quad.getObject());
    }

    /** One plan graph's quads, timestamps included. */
    private static Set<String> graphWithTimes(Dataset dataset, String planId) {
        Node graph = NodeFactory.createURI(LOADER.iris().graph(planId));
        return Txn.calculateRead(dataset, () -> {
            Set<String> lines = new TreeSet<>();
            dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(line(q)));
            return lines;
        });
    }

    private static List<String> ids(List<LoadReport> reports) {
        return reports.stream().map(LoadReport::planId).toList();
    }

    private static void copySeeds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Seeds.folder())) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
    }

    private static void unexpected(LoadException e) {
        throw new AssertionError("unexpected failure: " + e.getMessage(), e);
    }
}
