package org.reformgraph.loader.pipeline;

import org.reformgraph.loader.read.Seeds;
import org.reformgraph.loader.testing.SelectRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.reformgraph.ontology.RG;

/**
 * The five seed plans loaded through {@link PlanLoader#loadFolder} into a TDB2 dataset in a folder, queried with
 * SPARQL over the union of the graphs as users see it. A test class loads them once and closes them after.
 */
final class LoadedSeeds implements AutoCloseable {
    static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX at: <https://w3id.org/reformgraph/scheme/agency-type/>
            PREFIX rt: <https://w3id.org/reformgraph/scheme/reform-type/>
            PREFIX bready: <https://w3id.org/reformgraph/scheme/topic/bready/>
            """;

    private final Dataset dataset;
    final List<LoadReport> reports;

    private LoadedSeeds(Dataset dataset, List<LoadReport> reports) {
        this.dataset = dataset;
        this.reports = reports;
    }

    static LoadedSeeds into(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        return new LoadedSeeds(dataset, new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, Seeds.folder(), r -> { }));
    }

    /** Rows of a SELECT, each value as its lexical form (an IRI's string, a literal's text). */
    List<Map<String, String>> select(String query) {
        return SelectRows.overUnion(dataset, PREFIXES + query);
    }

    /** One column of a SELECT. */
    List<String> column(String query, String variable) {
        return select(query).stream().map(row -> row.get(variable)).toList();
    }

    /** The text of a seed file as it is on disk. */
    static String seedText(String fileName) {
        try {
            return Files.readString(Seeds.folder().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
