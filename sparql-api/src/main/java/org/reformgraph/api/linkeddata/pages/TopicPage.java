package org.reformgraph.api.linkeddata.pages;

import java.util.List;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** A topic: the concept, then how many measures of each plan address it. */
final class TopicPage extends ConceptPage {
    private static final String PLANS = """
            SELECT ?plan (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m rg:topic ?r ; rg:plan ?plan }
            GROUP BY ?plan ORDER BY DESC(?n) ?plan
            """;

    @Override
    public void body(PageContext c, HtmlWriter w) {
        describeConcept(c, w);
        List<Row> rows = c.withLabels(c.select(PLANS), "plan");
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "plans");
        w.open("table");
        PageContext.headerRow(w, "plan", "measures");
        for (Row row : rows) {
            w.open("tr").open("td");
            c.link(w, row.iri("plan"));
            w.close("td").element("td", row.text("n"), "class", "num").close("tr");
        }
        w.close("table");
    }
}
