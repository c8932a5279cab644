package org.reformgraph.api.linkeddata.pages;

import java.util.List;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.ontology.RG;

/** A jurisdiction: its level and place, its plans, the jurisdictions within it, its agencies. */
final class JurisdictionPage implements ResourcePage {
    private static final String PLANS = """
            SELECT ?plan ?issued ?year WHERE { ?plan a rg:Plan ; rg:jurisdiction ?r .
              OPTIONAL { ?plan dct:issued ?issued } OPTIONAL { ?plan rg:year ?year } } ORDER BY ?plan
            """;
    private static final String WITHIN = "SELECT ?j WHERE { ?j rg:within ?r } ORDER BY ?j";
    private static final String AGENCIES = """
            SELECT ?a (COUNT(DISTINCT ?lm) AS ?leads) (COUNT(DISTINCT ?m) AS ?measures) WHERE {
              ?a a rg:Agency ; rg:jurisdiction ?r .
              OPTIONAL { ?m rg:responsibleAgency|rg:cooperatingAgency ?a }
              OPTIONAL { ?lm rg:leadAgency ?a }
            } GROUP BY ?a ORDER BY DESC(?leads) DESC(?measures) ?a
            """;

    @Override
    public void body(PageContext c, HtmlWriter w) {
        w.open("dl");
        for (String level : c.objectIris(RG.level)) {
            PageContext.entry(w, "level", () -> c.link(w, level));
        }
        for (String within : c.objectIris(RG.within)) {
            PageContext.entry(w, "within", () -> c.link(w, within));
        }
        for (String city : c.objectIris(RG.city)) {
            PageContext.entry(w, "city", () -> c.link(w, city));
        }
        w.close("dl");
        list(c, w, "plans", c.withLabels(c.select(PLANS), "plan"), "plan");
        list(c, w, "subJurisdictions", c.withLabels(c.select(WITHIN), "j"), "j");
        List<Row> agencies = c.withLabels(c.select(AGENCIES), "a");
        if (!agencies.isEmpty()) {
            PageContext.heading(w, "agencies");
            w.open("table");
            PageContext.headerRow(w, "agency", "lead", "measures");
            for (Row row : agencies) {
                w.open("tr").open("td");
                c.link(w, row.iri("a"));
                w.close("td");
                w.element("td", row.text("leads"), "class", "num").element("td", row.text("measures"), "class", "num");
                w.close("tr");
            }
            w.close("table");
        }
    }

    private static void list(PageContext c, HtmlWriter w, String heading, List<Row> rows, String var) {
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, heading);
        w.open("ul");
        for (Row row : rows) {
            w.open("li");
            c.link(w, row.iri(var));
            if (row.has("issued") || row.has("year")) {
                w.text(" (" + (row.has("issued") ? row.text("issued") : row.text("year")) + ")");
            }
            w.close("li");
        }
        w.close("ul");
    }
}
