package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.queries.NamedQuery;
import org.reformgraph.queries.QueryLibrary;

/**
 * The harness at the smallest scale: the five seeds loaded by reformgraph, exported, and loaded into a standalone
 * Fuseki and into Virtuoso through the benchmark's own classes; then every named query (default parameters) must get
 * the same answer from all three, and from the cached named-query API. Skipped, saying what is missing, without
 * Virtuoso or without the server jar (built by sparql-api's package phase, before this module in the reactor).
 */
class PeersAgreeOnSeedsTest {
    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    @Timeout(240)
    void reformgraphFusekiAndVirtuosoAnswerEveryNamedQueryAlike() throws Exception {
        VirtuosoServer.missing().ifPresent(reason -> assumeTrue(false, reason));
        Path jarFile = Path.of(System.getProperty("reformgraph.jar", "../sparql-api/target/reformgraph.jar"));
        assumeTrue(Files.isRegularFile(jarFile), "no server jar at " + jarFile.toAbsolutePath()
                + " (built by ./mvnw package in sparql-api)");
        Path fusekiJar = Path.of(System.getProperty("reformgraph.fuseki.jar", "target/peers/jena-fuseki-server.jar"));
        Path repo = repo();
        List<String> flags = List.of("-Xmx1g");
        ReformgraphJar jar = new ReformgraphJar(jarFile, flags);

        Path db = work.resolve("db");
        jar.load(repo.resolve("seeds"), db, work);
        Path export = jar.exportNQuads(db, work);
        ExportedGraphs graphs = ExportedGraphs.read(export);
        assertEquals(7, graphs.graphs().size(), "five plan graphs, the catalog and the ontology: " + graphs.graphs());

        Path fusekiDir = Files.createDirectories(work.resolve("fuseki"));
        FusekiServer.buildDatabase(fusekiJar, export, fusekiDir.resolve("tdb2"), fusekiDir, flags);
        try (FusekiServer fuseki = FusekiServer.start(fusekiJar, fusekiDir.resolve("tdb2"), fusekiDir, flags, READY);
             VirtuosoServer virtuoso = VirtuosoServer.start(work.resolve("virtuoso"), work, READY);
             ReformgraphServer reformgraph = ReformgraphServer.start(jar, db, Optional.empty(), work, "serve.log", READY)) {
            virtuoso.load(export, graphs.graphs());
            NamedQueryBench bench = new NamedQueryBench(reformgraph, List.of(fuseki.sparql(), virtuoso.sparql()),
                    new RequestTimer(0, 1, Duration.ZERO, Duration.ofSeconds(30)), Duration.ofSeconds(30), line -> { });

            List<String> disagreements = new ArrayList<>();
            int compared = 0;
            int withRows = 0;
            for (NamedQuery query : QueryLibrary.fromFolder(repo.resolve("queries")).all()) {
                Optional<NamedQueryResult> result = bench.run(query, false);
                if (result.isEmpty()) {
                    continue;
                }
                compared++;
                if (result.get().rows() > 0) {
                    withRows++;
                }
                result.get().problems().forEach(p -> disagreements.add(query.name() + ": " + p));
            }
            assertTrue(compared >= 20, "the library's parameterless queries were compared: " + compared);
            assertTrue(withRows >= compared / 2, "most queries have rows on the seeds, so agreement means something: "
                    + withRows + " of " + compared);
            assertEquals(List.of(), disagreements);
        }
    }

    private static Path repo() {
        String seeds = System.getProperty("reformgraph.seeds");
        if (seeds != null) {
            return Path.of(seeds).toAbsolutePath().getParent();
        }
        return EndpointBenchmark.findRepo();
    }
}
