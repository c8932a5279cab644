package org.reformgraph.api.linkeddata.pages;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** Every outgoing statement of the resource, as a table: what a page shows of a resource nothing else explains. */
final class StatementsSection {
    private StatementsSection() {
    }

    static void write(PageContext c, HtmlWriter w, boolean open) {
        List<Statement> statements = c.self().listProperties().toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()))
                .toList();
        if (statements.isEmpty()) {
            return;
        }
        w.open("details", "class", "statements", "open", open ? "open" : null);
        w.open("summary");
        org.reformgraph.api.linkeddata.html.Ui.write(w, "statements");
        w.text(" (" + statements.size() + ")");
        w.close("summary");
        w.open("table");
        PageContext.headerRow(w, "property", "value");
        for (Statement s : statements) {
            w.open("tr").open("td");
            String p = s.getPredicate().getURI();
            w.link(c.paths().href(p), c.description().shortForm(p));
            w.close("td").open("td");
            value(c, w, s.getObject());
            w.close("td").close("tr");
        }
        w.close("table");
        w.close("details");
    }

    static void value(PageContext c, HtmlWriter w, RDFNode o) {
        if (o.isURIResource()) {
            String iri = o.asResource().getURI();
            w.link(c.paths().href(iri), c.label(iri));
        } else if (o.isLiteral()) {
            Literal l = o.asLiteral();
            w.element("span", l.getLexicalForm(), "lang", l.getLanguage().isEmpty() ? null : l.getLanguage());
        } else {
            w.text("[…]");
        }
    }
}
