package org.reformgraph.loader.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.pipeline.PlanValidator;
import org.reformgraph.loader.store.OntologySource;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reformgraph validate}: checks every plan graph of the dataset against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = "Checks every plan graph against the SHACL shapes; exits with 1 when any graph violates them.")
final class ValidateCommand implements Callable<Integer>, DatabaseCommand {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--base", paramLabel = "IRI", description = "the base IRI the dataset was loaded with (default: ${DEFAULT-VALUE})")
    String base = RG.DEFAULT_BASE;

    @ParentCommand
    LoaderCli root;

    @Spec
    CommandSpec spec;

    @Override
    public DatabaseOptions options() {
        return database;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OntologySource shipped = root.environment().ontology().get();
        Dataset dataset = PlanStore.open(database.db());
        int violating = 0;
        int graphs;
        try {
            PlanStore store = new PlanStore(dataset, new IriMinter(base, jurisdiction -> ""), shipped);
            List<String> names = store.planGraphs();
            graphs = names.size();
            // the schemes as stored are what the graphs were loaded against
            Model stored = copy(dataset, IriMinter.ONTOLOGY_GRAPH);
            PlanValidator validator = new PlanValidator(new OntologySource() {
                @Override
                public Model ontology() {
                    return stored.isEmpty() ? shipped.ontology() : stored;
                }

                @Override
                public Model shapes() {
                    return shipped.shapes();
                }
            });
            for (String name : names) {
                List<String> violations = validator.violations(copy(dataset, name));
                if (violations.isEmpty()) {
                    out.println(name + ": conforms");
                } else {
                    violating++;
                    out.println(name + ": " + violations.size() + (violations.size() == 1 ? " violation" : " violations"));
                    violations.forEach(violation -> out.println("  " + violation));
                }
            }
        } finally {
            dataset.close();
        }
        out.println(graphs == 0 ? "no plan graphs in " + database.db()
                : (graphs - violating) + " of " + graphs + (graphs == 1 ? " plan graph conforms" : " plan graphs conform"));
        out.flush();
        return violating == 0 ? 0 : LoaderCli.FAILED;
    }

    private static Model copy(Dataset dataset, String graph) {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph)));
    }
}
