package org.reformgraph.api.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.loader.testing.ScratchDatasets;

/** Dumps follow the data: unchanged data keeps them, a write rewrites them, a plan that is gone loses its file. */
class DumpsRegenerationTest {
    static final String B = "https://w3id.org/reformgraph/id/";
    static final String TRIG = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            GRAPH <%1$sgraph/a-2023> { <%1$splan/a-2023> a rg:Plan ; prov:wasGeneratedBy <%1$sgraph/a-2023/load> . }
            GRAPH <%1$sgraph/b-2024> { <%1$splan/b-2024> a rg:Plan ; prov:wasGeneratedBy <%1$sgraph/b-2024/load> . }
            GRAPH <%1$sgraph/catalog> { <%1$splan/a-2023> a rg:Plan . }
            """.formatted(B);

    @TempDir
    Path folder;

    @Test
    void aWriteRewritesTheDumpsAndDropsThoseOfPlansThatAreGone() throws Exception {
        Dataset dataset = ScratchDatasets.tdb2();
        Txn.executeWrite(dataset, () -> RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG)
                .parse(dataset.asDatasetGraph()));
        Dumps dumps = new Dumps(dataset, DataVersion.of(dataset.asDatasetGraph()), folder, B);

        List<DumpFile> first = dumps.current();
        assertEquals(List.of(Dumps.ALL, "a-2023.ttl", "b-2024.ttl"), first.stream().map(DumpFile::name).toList(),
                "the catalog graph is not a plan");
        assertEquals(5, first.get(0).statements());
        assertSame(first, dumps.current(), "unchanged data: the same dumps");

        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(NodeFactory.createURI(B + "graph/b-2024"));
            dataset.asDatasetGraph().add(new Quad(NodeFactory.createURI(B + "graph/a-2023"),
                    NodeFactory.createURI(B + "plan/a-2023"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    NodeFactory.createLiteralLang("甲", "zh")));
        });
        List<DumpFile> second = dumps.current();
        assertEquals(List.of(Dumps.ALL, "a-2023.ttl"), second.stream().map(DumpFile::name).toList());
        assertNotEquals(first.get(1).sha256(), second.get(1).sha256());
        assertFalse(Files.exists(folder.resolve("b-2024.ttl")), "the gone plan's dump is removed");
        assertFalse(Files.exists(folder.resolve("b-2024.ttl.sha256")));
        String sums = Files.readString(folder.resolve(Dumps.SUMS));
        assertTrue(sums.contains(second.get(1).sha256() + "  a-2023.ttl"), sums);
        assertFalse(sums.contains("b-2024"), sums);
        try (var listing = Files.list(folder)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().startsWith(".writing-")), "no staging left");
        }
    }

    @Test
    void equalDataGivesEqualBytes() throws Exception {
        Dataset dataset = ScratchDatasets.tdb2();
        Txn.executeWrite(dataset, () -> RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG)
                .parse(dataset.asDatasetGraph()));
        String one = new Dumps(dataset, DataVersion.of(dataset.asDatasetGraph()), folder.resolve("1"), B).current().get(0).sha256();
        String two = new Dumps(dataset, DataVersion.of(dataset.asDatasetGraph()), folder.resolve("2"), B).current().get(0).sha256();
        assertEquals(one, two, "gzip without a time stamp: a checksum names the data, not the moment");
    }
}
