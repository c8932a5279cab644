package org.reformgraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.pipeline.SimpleStages;
import org.reformgraph.loader.pipeline.TestOntology;
import org.reformgraph.loader.search.IndexSync;
import org.reformgraph.loader.search.Kind;
import org.reformgraph.loader.search.SearchHit;
import org.reformgraph.loader.search.SearchIndex;
import org.reformgraph.loader.search.SearchRequest;
import org.reformgraph.loader.store.PlanStore;
import picocli.CommandLine;

/** {@code load} and {@code compact} leave the text index in step with the dataset they wrote. */
class TextIndexAfterCommandsTest {
    private static final String TEXT = """
            一、优化准入
            1.破除准入壁垒。推行带押过户（市发改委、市市场监管局负责）。
            2.压缩办理时间。全程网办（市发改委负责）。
            """;
    private final Environment environment = new Environment(() -> new SimpleStages().stages(TestOntology.standard()),
            TestOntology::standard);

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LoaderCli.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(0, commandLine.execute(args), err.toString());
        return out.toString();
    }

    private static List<String> found(Path db, String query) {
        var dataset = PlanStore.open(db);
        try (SearchIndex index = SearchIndex.open(db)) {
            IndexSync.Report report = index.sync(dataset.asDatasetGraph());
            assertEquals(0, report.indexed() + report.removed(), "already in step: " + report);
            return index.searcher().search(new SearchRequest(query, 20, 0, null, Kind.Measure)).hits().stream()
                    .map(SearchHit::iri).toList();
        } finally {
            dataset.close();
        }
    }

    @Test
    void aLoadIndexesItsPlansAndACompactionKeepsThem() throws IOException {
        Path db = dir.resolve("db");
        Path plan = Files.writeString(dir.resolve("Plan_A.txt"), TEXT);
        String load = run("load", "--db", db.toString(), "--jurisdiction", "湖北省武汉市", plan.toString());
        assertTrue(load.contains("text index: "), load);
        assertTrue(Files.isDirectory(SearchIndex.folderOf(db)));
        assertEquals(1, found(db, "带押过户").size());

        String compact = run("compact", "--db", db.toString());
        assertTrue(compact.contains("text index: ") && compact.contains("0 graphs indexed"), compact);
        assertEquals(1, found(db, "带押过户").size());
    }
}
