package org.reformgraph.loader.evaluation;

import org.reformgraph.loader.testing.SelectRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

/**
 * Reads a plan's measures, attributions and mentions back from the graph, the way a user would query them (the
 * shape of docs/MODEL.md), so that the evaluation measures what reaches the graph, not a stage's internal records.
 */
public final class GraphExtraction {
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/reformgraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    private final Dataset dataset;

    public GraphExtraction(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The plan's measures in document order (by the start of their evidence span).
     *
     * @param planIri  the plan's IRI
     * @param original the plan's original text, whose code-point offsets the evidence spans use; for line numbers
     */
    public List<MeasureFacts> measures(String planIri, String original) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Map<String, String> r : select("SELECT ?m ?number ?title ?start ?path WHERE { GRAPH ?g { ?m a rg:Measure ; "
                + "rg:plan <" + planIri + "> . OPTIONAL { ?m rg:number ?number } OPTIONAL { ?m dct:title ?title } "
                + "OPTIONAL { ?m rg:path ?path } OPTIONAL { ?m rg:evidence ?span . ?span rg:start ?start } } }")) {
            rows.computeIfAbsent(r.get("m"), m -> new Row(r.get("number"), r.get("title"),
                    r.containsKey("start") ? Integer.parseInt(r.get("start")) : -1, r.getOrDefault("path", "")));
        }
        for (Map<String, String> r : select("SELECT ?m ?surface ?role ?basis ?inherited WHERE { GRAPH ?g { "
                + "?a a rg:Attribution ; rg:measure ?m ; rg:surfaceForm ?surface ; rg:role ?role . ?m rg:plan <" + planIri
                + "> . OPTIONAL { ?a rg:basis ?basis } OPTIONAL { ?a rg:inherited ?inherited } } }")) {
            Row row = rows.get(r.get("m"));
            if (row != null) {
                row.attributions.add(new AttributionFact(r.get("surface"), role(r.get("role")), basis(r.get("basis")),
                        "true".equals(r.get("inherited"))));
            }
        }
        for (Map<String, String> r : select("SELECT ?m ?surface WHERE { GRAPH ?g { ?x a rg:AgencyMention ; "
                + "rg:measure ?m ; rg:surfaceForm ?surface . ?m rg:plan <" + planIri + "> } }")) {
            Row row = rows.get(r.get("m"));
            if (row != null) {
                row.mentions.add(r.get("surface"));
            }
        }
        int[] lineStarts = lineStarts(original);
        return rows.values().stream()
                .sorted(Comparator.comparingInt((Row r) -> r.start < 0 ? Integer.MAX_VALUE : r.start)
                        .thenComparing(r -> r.path))
                .map(r -> new MeasureFacts(r.start < 0 ? 0 : lineOf(lineStarts, r.start), r.number, r.title,
                        r.attributions, r.mentions))
                .toList();
    }

    private static final class Row {
        final String number;
        final String title;
        final int start;
        final String path;
        final List<AttributionFact> attributions = new ArrayList<>();
        final List<String> mentions = new ArrayList<>();

        Row(String number, String title, int start, String path) {
            this.number = number;
            this.title = title;
            this.start = start;
            this.path = path;
        }
    }

    /** Code-point offsets at which each line starts. */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int offset = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            offset++;
            if (cp == '\n') {
                starts.add(offset);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding a code-point offset. */
    static int lineOf(int[] lineStarts, int offset) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        return line + 1;
    }

    static Role role(String iri) {
        return switch (local(iri)) {
            case "Lead" -> Role.LEAD;
            case "Responsible" -> Role.RESPONSIBLE;
            case "Cooperating" -> Role.COOPERATING;
            default -> throw new IllegalStateException("unknown rg:role " + iri);
        };
    }

    static Basis basis(String iri) {
        if (iri == null) {
            return null;
        }
        return switch (local(iri)) {
            case "Explicit" -> Basis.EXPLICIT;
            case "FirstListed" -> Basis.FIRST_LISTED;
            default -> throw new IllegalStateException("unknown rg:basis " + iri);
        };
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private List<Map<String, String>> select(String query) {
        return SelectRows.overDefault(dataset, PREFIXES + query);
    }
}
