package org.reformgraph.loader.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.emit.Prefixes;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.ontology.RG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reformgraph export}: the whole dataset to standard output. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = "Writes the dataset to standard output: N-Quads (streamed), TriG, or Turtle (the union of all graphs as one).")
final class ExportCommand implements Callable<Integer>, DatabaseCommand {
    enum Format { nq, trig, ttl }

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nq, trig or ttl")
    Format format;

    @Option(names = "--base", paramLabel = "IRI", description = "the base IRI, for the id: prefix in TriG and Turtle (default: ${DEFAULT-VALUE})")
    String base = RG.DEFAULT_BASE;

    @Spec
    CommandSpec spec;

    @Override
    public DatabaseOptions options() {
        return database;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = PlanStore.open(database.db());
        try {
            Txn.executeRead(dataset, () -> {
                switch (format) {
                    case nq -> RDFWriter.source(dataset.asDatasetGraph()).format(RDFFormat.NQUADS).build().output(out);
                    case trig -> RDFWriter.source(dataset.asDatasetGraph()).format(RDFFormat.TRIG_BLOCKS).build().output(out);
                    case ttl -> RDFWriter.source(withPrefixes(dataset.getUnionModel().getGraph())).format(RDFFormat.TURTLE_BLOCKS).build().output(out);
                }
            });
        } finally {
            dataset.close();
        }
        out.flush();
        return 0;
    }

    /** The union graph, read-only, with the project's prefixes for readable Turtle. */
    private Graph withPrefixes(Graph union) {
        PrefixMapping prefixes = Prefixes.declare(org.apache.jena.rdf.model.ModelFactory.createDefaultModel(),
                new IriMinter(base, jurisdiction -> "")).lock();
        return new GraphWrapper(union) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
    }
}
