package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.Ui;

/** A reform type: the concept, then its adoption across cities in date order (first adopter, followers). */
final class ReformTypePage extends ConceptPage {
    private static final String USES = """
            SELECT ?city ?plan ?issued ?year (COUNT(DISTINCT ?m) AS ?n) WHERE {
              ?m rg:reformType ?r ; rg:plan ?plan . ?plan rg:jurisdiction ?j .
              OPTIONAL { ?j rg:city ?c } BIND (COALESCE(?c, ?j) AS ?city)
              OPTIONAL { ?plan dct:issued ?issued } OPTIONAL { ?plan rg:year ?year }
            } GROUP BY ?city ?plan ?issued ?year
            """;
    private static final String MEASURES = """
            SELECT ?m ?plan ?number ?title WHERE { ?m rg:reformType ?r ; rg:plan ?plan .
              OPTIONAL { ?m rg:number ?number } OPTIONAL { ?m dct:title ?title } } ORDER BY ?plan ?m
            """;

    @Override
    public void body(PageContext c, HtmlWriter w) {
        describeConcept(c, w);
        List<Adoption.PlanUse> uses = new ArrayList<>();
        for (Row row : c.withLabels(c.select(USES), "city", "plan")) {
            uses.add(Adoption.PlanUse.of(row.iri("city"), row.iri("plan"), row.text("issued"), row.text("year"),
                    row.integer("n", 0)));
        }
        PageContext.heading(w, "adoption");
        if (uses.isEmpty()) {
            w.open("p");
            Ui.write(w, "none");
            w.close("p");
            return;
        }
        List<Row> measures = c.select(MEASURES);
        w.open("ol", "class", "adoption");
        for (Adoption.CityAdoption city : Adoption.order(uses)) {
            w.open("li", "class", city.first() ? "first" : "follower");
            c.link(w, city.city());
            w.text(" — ");
            w.element("span", Ui.both(city.first() ? "firstAdopter" : "follower"), "class", "role");
            w.text(city.shown() == null ? "" : " (" + city.shown() + ")");
            w.open("ul");
            for (Adoption.PlanUse use : city.plans()) {
                w.open("li");
                c.link(w, use.plan());
                w.text(" " + (use.shown() == null ? "" : use.shown() + " ") + "· " + use.measures() + " " + Ui.zh("measures") + ": ");
                for (Row m : measures) {
                    if (use.plan().equals(m.iri("plan"))) {
                        String label = ((m.has("number") ? m.text("number") + " " : "")
                                + (m.has("title") ? m.text("title") : PageContext.localName(m.iri("m")))).strip();
                        w.link(c.paths().href(m.iri("m")), label).text(" ");
                    }
                }
                w.close("li");
            }
            w.close("ul");
            w.close("li");
        }
        w.close("ol");
    }
}
