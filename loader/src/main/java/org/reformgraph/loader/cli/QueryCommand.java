package org.reformgraph.loader.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.store.PlanStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reformgraph query}: runs a SPARQL query file over the dataset (the default graph is the union of all graphs). */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = {"Runs a SPARQL query over the dataset; its default graph is the union of all graphs.",
                "SELECT and ASK results in the chosen format; CONSTRUCT and DESCRIBE results as Turtle."})
final class QueryCommand implements Callable<Integer>, DatabaseCommand {
    enum Format { csv, json, tsv, text }

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE.rq", description = "the query")
    Path queryFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, json, tsv or text (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public DatabaseOptions options() {
        return database;
    }

    @Override
    public Integer call() {
        Query query = parse();
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = PlanStore.open(database.db());
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                    if (query.isSelectType()) {
                        select(execution.execSelect(), out);
                    } else if (query.isAskType()) {
                        ask(execution.execAsk(), out);
                    } else if (query.isConstructType()) {
                        turtle(execution.execConstruct(), out);
                    } else if (query.isDescribeType()) {
                        turtle(execution.execDescribe(), out);
                    } else {
                        throw new LoadException(queryFile.toString(), 0, "only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
                    }
                }
            });
        } finally {
            dataset.close();
        }
        out.flush();
        return 0;
    }

    private Query parse() {
        String text;
        try {
            text = Files.readString(queryFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(queryFile.toString(), 0, "cannot read the query: " + e.getMessage(), e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new LoadException(queryFile.toString(), e.getLine(), "not a SPARQL query: " + e.getMessage(), e);
        }
    }

    private void select(ResultSet results, PrintWriter out) {
        if (format == Format.text) {
            out.print(ResultSetFormatter.asText(results));
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsWriter.create().lang(lang()).write(bytes, results);
        out.print(bytes.toString(StandardCharsets.UTF_8));
    }

    private void ask(boolean answer, PrintWriter out) {
        if (format == Format.text) {
            out.println(answer);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsWriter.create().lang(lang()).write(bytes, answer);
        out.print(bytes.toString(StandardCharsets.UTF_8));
    }

    private org.apache.jena.riot.Lang lang() {
        return switch (format) {
            case csv -> ResultSetLang.RS_CSV;
            case json -> ResultSetLang.RS_JSON;
            case tsv -> ResultSetLang.RS_TSV;
            case text -> ResultSetLang.RS_Text;
        };
    }

    private static void turtle(Model model, PrintWriter out) {
        RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).build().output(out);
    }
}
