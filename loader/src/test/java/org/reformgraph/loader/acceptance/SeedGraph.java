package org.reformgraph.loader.acceptance;

import org.reformgraph.loader.testing.SelectRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;

/** Queries over a dataset the seeds were loaded into, read through the union of all graphs as users see it. */
final class SeedGraph {
    static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private final Dataset dataset;

    SeedGraph(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The repository's seeds/ folder: from the build, or found by walking up from the working directory. */
    static Path seedsFolder() {
        String configured = System.getProperty("reformgraph.seeds");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("seeds/ not found: set -Dreformgraph.seeds");
    }

    /** Rows of a SELECT, each variable's value as its lexical form (IRI string or literal text). */
    List<Map<String, String>> select(String query) {
        return SelectRows.overUnion(dataset, PREFIXES + query);
    }

    /** The single value of a one-row, one-column SELECT. */
    String value(String query) {
        List<Map<String, String>> rows = select(query);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value, got " + rows + " for " + query);
        }
        return rows.get(0).values().iterator().next();
    }

    /** The plan loaded from a seed file, found through its provenance so the test does not depend on plan ids. */
    String planOf(String sourceFile) {
        return value("SELECT ?plan WHERE { ?plan a rg:Plan ; prov:wasGeneratedBy ?run . ?run rg:sourceFile \""
                + sourceFile + "\" }");
    }

    int measureCount(String plan) {
        return Integer.parseInt(value("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a rg:Measure ; rg:plan <" + plan + "> }"));
    }

    /** The measure of a plan with this number as written and a title starting with these words. */
    String measure(String plan, String number, String titleStart) {
        return value("SELECT ?m WHERE { ?m a rg:Measure ; rg:plan <" + plan + "> ; rg:number \"" + number
                + "\" ; rg:text ?text . OPTIONAL { ?m dct:title ?title } "
                + "FILTER(STRSTARTS(STR(COALESCE(?title, ?text)), \"" + titleStart + "\")) }");
    }

    /**
     * A measure's attributions as {@code role/basis/rank/surface[/inherited]} strings, e.g.
     * {@code Lead/Explicit/1/市市场监管局/inherited}, sorted by role, then rank, then surface.
     */
    List<String> attributions(String measure) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : select("SELECT ?role ?basis ?rank ?surface ?inherited WHERE { ?att rg:measure <"
                + measure + "> ; rg:role ?role ; rg:basis ?basis ; rg:rank ?rank ; rg:surfaceForm ?surface . "
                + "OPTIONAL { ?att rg:inherited ?inherited } } ORDER BY ?role ?rank ?surface")) {
            String entry = local(row.get("role")) + "/" + local(row.get("basis")) + "/" + row.get("rank") + "/" + row.get("surface");
            if ("true".equals(row.get("inherited"))) {
                entry += "/inherited";
            }
            out.add(entry);
        }
        return out;
    }

    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }
}
