package org.reformgraph.api.serve;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.PlanLoader;

/** Fills an empty database from the seeds folder on first start; a database that already has plans is left alone. */
public final class SeedLoading {
    private static final String HAS_PLAN_GRAPH = """
            ASK { GRAPH ?g { ?plan a <https://w3id.org/reformgraph/ontology#Plan> } }
            """;

    private SeedLoading() {
    }

    public static boolean hasPlans(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(HAS_PLAN_GRAPH).build()) {
                return exec.execAsk();
            }
        });
    }

    /**
     * Loads the seeds if the database has no plan yet.
     *
     * @return the reports of the plans loaded; empty if the database already had plans
     */
    public static List<LoadReport> loadIfEmpty(Dataset dataset, Path seeds, String base, PrintStream out) {
        if (hasPlans(dataset)) {
            return List.of();
        }
        if (!Files.isDirectory(seeds)) {
            throw new IllegalArgumentException("the database has no plans and the seeds folder "
                    + seeds.toAbsolutePath() + " does not exist (give one with --seeds)");
        }
        out.println("The database has no plans: loading the seeds from " + seeds.toAbsolutePath());
        List<LoadReport> reports = new PlanLoader(base).loadFolder(dataset, seeds, report -> out.printf(
                "  %-24s %4d measures %4d attributions %4d agencies %7d triples %6d ms%s%n",
                report.planId(), report.measures(), report.attributions(), report.agencies(), report.triples(),
                report.took().toMillis(),
                report.warnings().isEmpty() ? "" : "  (" + report.warnings().size() + " warnings)"));
        out.println("Loaded " + reports.size() + " plans.");
        return reports;
    }
}
