package org.reformgraph.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;

/**
 * The five seed plans, loaded once per test JVM into a temporary TDB2 store (loading takes seconds, so every test
 * class of this module shares it), and the library's queries run over it as the endpoint runs them: the union of
 * all named graphs is the default graph.
 */
final class SeedGraph {
    /** Where resources of the seed graph are minted: the loader's default base. */
    static final String ID = RG.DEFAULT_BASE;

    private static Dataset dataset;
    private static QueryLibrary library;

    private SeedGraph() {
    }

    static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                Path folder = Files.createTempDirectory("reformgraph-queries-test");
                Dataset loaded = PlanStore.open(folder);
                new PlanLoader(RG.DEFAULT_BASE).loadFolder(loaded, seeds(), report -> { });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
                dataset = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataset;
    }

    static synchronized QueryLibrary library() {
        if (library == null) {
            library = QueryLibrary.fromClasspath();
        }
        return library;
    }

    static NamedQuery query(String name) {
        return library().get(name).orElseThrow(() -> new AssertionError("no query named '" + name + "' in the library"));
    }

    /** Runs a library SELECT query with these parameter values (defaults for the rest). */
    static Rows select(String name, Map<String, String> values) {
        return select(query(name).bind(values));
    }

    static Rows select(String name) {
        return select(name, Map.of());
    }

    static Rows select(Query query) {
        Dataset data = dataset();
        return Txn.calculateRead(data, () -> {
            try (QueryExecution execution = QueryExecution.dataset(data).query(query).build()) {
                ResultSet results = execution.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                // copied inside the transaction: TDB2 resolves a solution's terms lazily
                results.forEachRemaining(solution -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    solution.varNames().forEachRemaining(v -> copy.add(v, solution.get(v)));
                    rows.add(copy);
                });
                return new Rows(results.getResultVars(), rows);
            }
        });
    }

    /** An IRI minted under the seed graph's base, e.g. {@code id("plan/wuhan-2023")}. */
    static String id(String path) {
        return ID + path;
    }

    private static Path seeds() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
        // run from an IDE: walk up from the working directory
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("cannot find the seeds folder: set -Dreformgraph.seeds");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
