package org.reformgraph.api.linkeddata.pages;

import java.util.List;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** An agency type: the concept, then the agencies of that type in every jurisdiction with the measures they lead and share. */
final class AgencyTypePage extends ConceptPage {
    private static final String AGENCIES = """
            SELECT ?a ?j (COUNT(DISTINCT ?lm) AS ?leads) (COUNT(DISTINCT ?m) AS ?measures) WHERE {
              ?a rg:agencyType ?r .
              OPTIONAL { ?a rg:jurisdiction ?j }
              OPTIONAL { ?m rg:responsibleAgency|rg:cooperatingAgency ?a }
              OPTIONAL { ?lm rg:leadAgency ?a }
            } GROUP BY ?a ?j ORDER BY DESC(?leads) DESC(?measures) ?a
            """;

    @Override
    public void body(PageContext c, HtmlWriter w) {
        describeConcept(c, w);
        List<Row> rows = c.withLabels(c.select(AGENCIES), "a", "j");
        PageContext.heading(w, "agencies");
        if (rows.isEmpty()) {
            w.open("p");
            org.reformgraph.api.linkeddata.html.Ui.write(w, "none");
            w.close("p");
            return;
        }
        w.open("table");
        PageContext.headerRow(w, "agency", "jurisdiction", "lead", "measures");
        for (Row row : rows) {
            w.open("tr").open("td");
            c.link(w, row.iri("a"));
            w.close("td").open("td");
            if (row.has("j")) {
                c.link(w, row.iri("j"));
            }
            w.close("td");
            w.element("td", row.text("leads"), "class", "num").element("td", row.text("measures"), "class", "num");
            w.close("tr");
        }
        w.close("table");
    }
}
