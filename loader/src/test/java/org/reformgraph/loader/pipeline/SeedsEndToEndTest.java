package org.reformgraph.loader.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;

/**
 * End to end over the five seed plans with the real stages and the ontology module's shapes: they load, every plan
 * graph conforms, and a re-load gives the same graph.
 */
@Tag("end-to-end")
class SeedsEndToEndTest {
    @TempDir
    Path db;

    @Test
    void theSeedsLoadValidateAndReloadToTheSameGraph() {
        Dataset dataset = PlanStore.open(db);
        try {
            PlanLoader loader = new PlanLoader(RG.DEFAULT_BASE);
            List<LoadReport> first = loadSeeds(loader, dataset);
            assertEquals(Set.of("wuhan-2023", "xiamen-2022", "guangzhou-2023", "shanghai-2017", "dongxihu-2025"),
                    first.stream().map(LoadReport::planId).collect(Collectors.toSet()));
            Map<String, Integer> measures = first.stream().collect(Collectors.toMap(LoadReport::planId, LoadReport::measures));
            assertEquals(39, measures.get("guangzhou-2023"), "measures （一）…（三十九）");
            first.forEach(report -> assertTrue(report.measures() > 0, report.planId() + " has no measures"));
            assertTrue(first.stream().filter(r -> !r.planId().equals("xiamen-2022") && !r.planId().equals("shanghai-2017"))
                    .allMatch(r -> r.attributions() > 0), "Wuhan, Guangzhou and Dongxihu attribute agencies");

            long quads = quadCount(dataset);
            Set<String> iris = iris(dataset);
            loadSeeds(loader, dataset);
            assertEquals(quads, quadCount(dataset), "a re-load replaces, it does not add");
            assertEquals(iris, iris(dataset), "a re-load mints the same IRIs");

            PlanValidator validator = new PlanValidator(Stages.standardOntology());
            PlanStore store = new PlanStore(dataset, loader.iris(), Stages.standardOntology());
            for (String graph : store.planGraphs()) {
                Model copy = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph)));
                assertEquals(List.of(), validator.violations(copy), graph);
            }
            assertEquals(4, cities(dataset), "Wuhan (and Dongxihu within it), Xiamen, Guangzhou, Shanghai");
        } finally {
            dataset.close();
        }
    }

    private static List<LoadReport> loadSeeds(PlanLoader loader, Dataset dataset) {
        return loader.loadFolder(dataset, TestSeeds.folder(), report -> { });
    }

    private static long quadCount(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    private static Set<String> iris(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<String> iris = new TreeSet<>();
            dataset.asDatasetGraph().stream().map(Quad::getSubject).filter(node -> node.isURI()).forEach(node -> iris.add(node.getURI()));
            return iris;
        });
    }

    private static long cities(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution query = QueryExecution.dataset(dataset).query("""
                    PREFIX rg: <https://w3id.org/reformgraph/ontology#>
                    SELECT (COUNT(DISTINCT ?city) AS ?n) { ?plan a rg:Plan ; rg:jurisdiction/rg:city ?city }
                    """).build()) {
                return query.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
