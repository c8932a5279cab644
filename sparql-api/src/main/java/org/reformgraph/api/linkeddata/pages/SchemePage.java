package org.reformgraph.api.linkeddata.pages;

import java.util.List;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** A concept scheme: its concepts with both labels and how many measures use each. */
final class SchemePage extends ConceptPage {
    private static final String CONCEPTS = """
            SELECT ?c (SAMPLE(?zh0) AS ?zh) (SAMPLE(?en0) AS ?en) (COUNT(DISTINCT ?m) AS ?n) WHERE {
              { ?c skos:inScheme ?r } UNION { ?c skos:topConceptOf ?r }
              OPTIONAL { ?c skos:prefLabel ?zh0 FILTER langMatches(lang(?zh0), "zh") }
              OPTIONAL { ?c skos:prefLabel ?en0 FILTER langMatches(lang(?en0), "en") }
              OPTIONAL { { ?m rg:reformType ?c } UNION { ?m rg:topic ?c } UNION { ?m rg:responsibleAgency/rg:agencyType ?c } }
            } GROUP BY ?c ORDER BY DESC(?n) ?c
            """;

    @Override
    public void body(PageContext c, HtmlWriter w) {
        describeConcept(c, w);
        List<Row> rows = c.select(CONCEPTS);
        PageContext.heading(w, "concepts");
        w.open("table");
        w.open("tr").element("th", "中文").element("th", "English").open("th");
        org.reformgraph.api.linkeddata.html.Ui.write(w, "measures");
        w.close("th").close("tr");
        for (Row row : rows) {
            String concept = row.iri("c");
            w.open("tr").open("td");
            w.link(c.paths().href(concept), row.has("zh") ? row.text("zh") : PageContext.localName(concept), "lang", "zh");
            w.close("td");
            w.element("td", row.text("en"), "lang", "en");
            w.element("td", Long.toString(row.integer("n", 0)), "class", "num");
            w.close("tr");
        }
        w.close("table");
    }
}
