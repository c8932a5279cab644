package org.reformgraph.api.linkeddata.pages;

import java.util.List;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/** A SKOS concept: its labels in both languages, variant names, definition, scheme and broader concepts. */
class ConceptPage implements ResourcePage {
    @Override
    public void body(PageContext c, HtmlWriter w) {
        describeConcept(c, w);
    }

    static void describeConcept(PageContext c, HtmlWriter w) {
        w.open("dl");
        PageContext.entry(w, "labels", () -> {
            for (Statement s : c.self().listProperties(SKOS.prefLabel).toList()) {
                String lang = s.getLiteral().getLanguage();
                w.element("span", s.getLiteral().getLexicalForm(), "lang", lang.isEmpty() ? null : lang,
                        "class", "label").text(" ");
            }
        });
        List<String> alt = c.self().listProperties(SKOS.altLabel).toList().stream()
                .map(s -> s.getLiteral().getLexicalForm()).sorted().toList();
        if (!alt.isEmpty()) {
            PageContext.entry(w, "altLabels", () -> w.text(String.join("、", alt)));
        }
        for (String lang : List.of("zh", "en")) {
            String definition = c.value(SKOS.definition, lang);
            if (definition != null) {
                PageContext.entry(w, "definition", () -> w.element("span", definition, "lang", lang));
            }
        }
        for (String scheme : c.objectIris(SKOS.inScheme)) {
            PageContext.entry(w, "scheme", () -> c.link(w, scheme));
        }
        w.close("dl");
    }
}
