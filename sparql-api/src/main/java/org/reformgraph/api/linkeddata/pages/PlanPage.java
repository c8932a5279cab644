package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.vocabulary.DCTerms;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.Ui;
import org.reformgraph.ontology.RG;

/** A plan: what is known of it, where it came from (its load run), its outline with each measure's leads, its agencies. */
final class PlanPage implements ResourcePage {
    private static final String LOAD = """
            SELECT ?load ?file ?sha ?version ?started ?ended ?encoding WHERE {
              ?r prov:wasGeneratedBy ?load .
              OPTIONAL { ?load rg:sourceFile ?file } OPTIONAL { ?load rg:sha256 ?sha }
              OPTIONAL { ?load rg:loaderVersion ?version } OPTIONAL { ?load prov:startedAtTime ?started }
              OPTIONAL { ?load prov:endedAtTime ?ended } OPTIONAL { ?load rg:encoding ?encoding }
            }
            """;
    private static final String OUTLINE = """
            SELECT ?n ?measure ?parent ?number ?title ?path ?text WHERE {
              ?n rg:plan ?r ; rg:path ?path .
              { ?n a rg:Section BIND (false AS ?measure) } UNION { ?n a rg:Measure BIND (true AS ?measure) }
              OPTIONAL { ?n rg:section ?parent } OPTIONAL { ?n rg:number ?number }
              OPTIONAL { ?n dct:title ?title } OPTIONAL { ?n rg:text ?text }
            }
            """;
    private static final String LEADS = """
            SELECT ?m ?a WHERE { ?m rg:plan ?r ; rg:leadAgency ?a }
            """;
    private static final String AGENCIES = """
            SELECT ?a ?role (COUNT(DISTINCT ?m) AS ?n) WHERE {
              ?m rg:plan ?r . ?at rg:measure ?m ; rg:agency ?a ; rg:role ?role .
            } GROUP BY ?a ?role
            """;

    private record Node(String iri, boolean measure, String parent, String number, String title, String path, String text) {
    }

    @Override
    public void body(PageContext c, HtmlWriter w) {
        facts(c, w);
        provenance(c, w);
        outline(c, w);
        agencies(c, w);
    }

    private static void facts(PageContext c, HtmlWriter w) {
        w.open("dl");
        String issued = c.value(DCTerms.issued, null);
        if (issued != null) {
            PageContext.entry(w, "issued", () -> w.text(issued));
        }
        String year = c.value(RG.year, null);
        if (year != null) {
            PageContext.entry(w, "year", () -> w.text(year));
        }
        String number = c.value(RG.documentNumber, null);
        if (number != null) {
            PageContext.entry(w, "documentNumber", () -> w.text(number));
        }
        String issuer = c.objectIri(RG.issuedBy);
        String issuerName = c.value(RG.issuerName, null);
        if (issuer != null || issuerName != null) {
            PageContext.entry(w, "issuer", () -> {
                if (issuer != null) {
                    c.link(w, issuer);
                } else {
                    w.text(issuerName);
                }
            });
        }
        for (String jurisdiction : c.objectIris(RG.jurisdiction)) {
            PageContext.entry(w, "jurisdiction", () -> c.link(w, jurisdiction));
        }
        String draft = c.value(RG.draft, null);
        if (draft != null) {
            PageContext.entry(w, "draft", () -> Ui.write(w, Boolean.parseBoolean(draft) ? "yes" : "no"));
        }
        String count = c.value(RG.measureCount, null);
        if (count != null) {
            PageContext.entry(w, "measureCount", () -> w.text(count));
        }
        w.close("dl");
    }

    private static void provenance(PageContext c, HtmlWriter w) {
        List<Row> runs = c.select(LOAD);
        if (runs.isEmpty()) {
            return;
        }
        PageContext.heading(w, "provenance");
        for (Row run : runs) {
            w.open("dl", "class", "provenance");
            PageContext.entry(w, "sourceFile", () -> w.text(run.text("file")));
            PageContext.entry(w, "sha256", () -> w.element("code", run.text("sha")));
            PageContext.entry(w, "encoding", () -> w.text(run.text("encoding")));
            PageContext.entry(w, "loaderVersion", () -> w.text(run.text("version")));
            PageContext.entry(w, "loadedAt", () -> w.text(run.text("ended")));
            w.close("dl");
            w.open("p").link(c.paths().href(run.iri("load")), "PROV-O: " + run.iri("load")).close("p");
        }
    }

    private static void outline(PageContext c, HtmlWriter w) {
        Map<String, List<Node>> children = new TreeMap<>();
        List<Node> roots = new ArrayList<>();
        for (Row row : c.select(OUTLINE)) {
            Node node = new Node(row.iri("n"), Boolean.parseBoolean(row.text("measure")), row.iri("parent"),
                    row.text("number"), row.text("title"), row.text("path"), row.text("text"));
            if (node.parent() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parent(), k -> new ArrayList<>()).add(node);
            }
        }
        Map<String, List<String>> leads = new LinkedHashMap<>();
        for (Row row : c.withLabels(c.select(LEADS), "a")) {
            leads.computeIfAbsent(row.iri("m"), k -> new ArrayList<>()).add(row.iri("a"));
        }
        PageContext.heading(w, "outline");
        writeLevel(c, w, roots, children, leads);
    }

    private static void writeLevel(PageContext c, HtmlWriter w, List<Node> nodes, Map<String, List<Node>> children,
                                   Map<String, List<String>> leads) {
        if (nodes.isEmpty()) {
            return;
        }
        nodes.sort((a, b) -> OutlinePaths.compare(a.path(), b.path()));
        w.open("ol", "class", "outline");
        for (Node node : nodes) {
            w.open("li", "class", node.measure() ? "measure" : "section");
            String label = (node.number() == null ? "" : node.number() + " ")
                    + (node.title() != null ? node.title() : node.text() != null ? excerpt(node.text()) : node.path());
            w.link(c.paths().href(node.iri()), label);
            List<String> lead = leads.getOrDefault(node.iri(), List.of());
            if (!lead.isEmpty()) {
                w.text(" — ");
                w.element("span", Ui.zh("lead"), "class", "role").text(" ");
                for (String agency : lead) {
                    c.link(w, agency);
                    w.text(" ");
                }
            }
            writeLevel(c, w, children.getOrDefault(node.iri(), new ArrayList<>()), children, leads);
            w.close("li");
        }
        w.close("ol");
    }

    private static void agencies(PageContext c, HtmlWriter w) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Row row : c.withLabels(c.select(AGENCIES), "a")) {
            long[] byRole = counts.computeIfAbsent(row.iri("a"), k -> new long[3]);
            byRole[roleIndex(row.iri("role"))] += row.integer("n", 0);
        }
        if (counts.isEmpty()) {
            return;
        }
        PageContext.heading(w, "agencies");
        w.open("table");
        PageContext.headerRow(w, "agency", "lead", "responsible", "cooperating");
        counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0] * 1000 + b.getValue()[1], a.getValue()[0] * 1000 + a.getValue()[1]))
                .forEach(e -> {
                    w.open("tr").open("td");
                    c.link(w, e.getKey());
                    w.close("td");
                    for (long n : e.getValue()) {
                        w.element("td", Long.toString(n), "class", "num");
                    }
                    w.close("tr");
                });
        w.close("table");
    }

    static int roleIndex(String role) {
        if (role == null) {
            return 1;
        }
        return role.endsWith("Lead") ? 0 : role.endsWith("Cooperating") ? 2 : 1;
    }

    static String excerpt(String text) {
        int end = text.offsetByCodePoints(0, Math.min(40, text.codePointCount(0, text.length())));
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }
}
