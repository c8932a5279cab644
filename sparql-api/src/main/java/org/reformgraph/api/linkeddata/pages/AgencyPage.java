package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.Ui;
import org.reformgraph.ontology.RG;

/** An agency: its names, types and jurisdiction, the measures it takes a role in, and the agencies it co-leads with. */
final class AgencyPage implements ResourcePage {
    private static final String MEASURES = """
            SELECT ?m ?role ?plan ?number ?title ?path WHERE {
              ?at rg:agency ?r ; rg:measure ?m ; rg:role ?role . ?m rg:plan ?plan .
              OPTIONAL { ?m rg:number ?number } OPTIONAL { ?m dct:title ?title } OPTIONAL { ?m rg:path ?path }
            }
            """;
    private static final String CO_LEADS = """
            SELECT ?other (COUNT(DISTINCT ?m) AS ?n) WHERE {
              ?m rg:leadAgency ?r , ?other . FILTER (?other != ?r)
            } GROUP BY ?other ORDER BY DESC(?n) ?other
            """;
    private static final String ISSUED = "SELECT ?plan WHERE { ?plan rg:issuedBy ?r } ORDER BY ?plan";

    @Override
    public void body(PageContext c, HtmlWriter w) {
        w.open("dl");
        List<String> alt = c.self().listProperties(SKOS.altLabel).toList().stream()
                .map(s -> s.getLiteral().getLexicalForm()).sorted().toList();
        if (!alt.isEmpty()) {
            PageContext.entry(w, "altLabels", () -> w.text(String.join("、", alt)));
        }
        for (String type : c.objectIris(RG.agencyType)) {
            PageContext.entry(w, "agencyType", () -> c.link(w, type));
        }
        for (String jurisdiction : c.objectIris(RG.jurisdiction)) {
            PageContext.entry(w, "jurisdiction", () -> c.link(w, jurisdiction));
        }
        w.close("dl");
        issued(c, w);
        measures(c, w);
        coLeads(c, w);
    }

    private static void issued(PageContext c, HtmlWriter w) {
        List<Row> plans = c.withLabels(c.select(ISSUED), "plan");
        if (plans.isEmpty()) {
            return;
        }
        PageContext.heading(w, "issuedPlans");
        w.open("ul");
        for (Row plan : plans) {
            w.open("li");
            c.link(w, plan.iri("plan"));
            w.close("li");
        }
        w.close("ul");
    }

    private record Measure(String iri, String plan, String label, String path, TreeSet<Integer> roles) {
    }

    private static void measures(PageContext c, HtmlWriter w) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (Row row : c.withLabels(c.select(MEASURES), "plan")) {
            Measure m = measures.computeIfAbsent(row.iri("m"), iri -> new Measure(iri, row.iri("plan"),
                    ((row.has("number") ? row.text("number") + " " : "")
                            + (row.has("title") ? row.text("title") : PageContext.localName(iri))).strip(),
                    row.has("path") ? row.text("path") : "", new TreeSet<>()));
            m.roles().add(PlanPage.roleIndex(row.iri("role")));
        }
        if (measures.isEmpty()) {
            return;
        }
        List<Measure> sorted = new ArrayList<>(measures.values());
        sorted.sort((a, b) -> a.plan().equals(b.plan()) ? OutlinePaths.compare(a.path(), b.path()) : a.plan().compareTo(b.plan()));
        PageContext.heading(w, "measures");
        w.open("table");
        PageContext.headerRow(w, "plan", "measure", "role");
        String[] roles = {"lead", "responsible", "cooperating"};
        for (Measure m : sorted) {
            w.open("tr").open("td");
            c.link(w, m.plan());
            w.close("td").open("td").link(c.paths().href(m.iri()), m.label()).close("td").open("td");
            for (int role : m.roles()) {
                w.element("span", Ui.both(roles[role]), "class", "role " + roles[role]).text(" ");
            }
            w.close("td").close("tr");
        }
        w.close("table");
    }

    private static void coLeads(PageContext c, HtmlWriter w) {
        List<Row> rows = c.withLabels(c.select(CO_LEADS), "other");
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "coLeads");
        w.open("table");
        PageContext.headerRow(w, "agency", "measures");
        for (Row row : rows) {
            w.open("tr").open("td");
            c.link(w, row.iri("other"));
            w.close("td").element("td", row.text("n"), "class", "num").close("tr");
        }
        w.close("table");
    }
}
