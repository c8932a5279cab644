package org.reformgraph.api.linkeddata.html;

import java.util.function.Consumer;
import org.reformgraph.api.linkeddata.Representation;

/** The frame every page shares: head with links to the other formats, a navigation bar, the footer. */
public final class PageLayout {
    /** The one stylesheet; the content security policy allows nothing else, so pages carry no inline style or script. */
    public static final String STYLESHEET = "/ld/page.css";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private PageLayout() {
    }

    /**
     * @param title   the page title (text)
     * @param iri     the IRI the page describes, shown in the header; null for none
     * @param docPath the path of the document without suffix ({@code /id/plan/x}), to link its other formats; null for none
     */
    public static String render(String title, String iri, String docPath, Consumer<HtmlWriter> body) {
        HtmlWriter w = new HtmlWriter();
        w.open("html", "lang", "zh", "xmlns", "http://www.w3.org/1999/xhtml");
        w.open("head");
        w.open("meta", "charset", "utf-8");
        w.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        w.element("title", title + " · reformgraph");
        w.open("link", "rel", "stylesheet", "href", STYLESHEET);
        if (docPath != null) {
            for (Representation r : Representation.values()) {
                if (r != Representation.HTML) {
                    w.open("link", "rel", "alternate", "type", r.mediaType(), "href", docPath + "." + r.suffix());
                }
            }
        }
        w.close("head");
        w.open("body");
        w.open("header").open("nav");
        w.link("/dataset.html", "reformgraph", "class", "brand");
        w.link("/dataset.html", Ui.both("dataset"));
        w.link("/ontology.html", Ui.both("ontology"));
        w.link("/scheme/agency-type.html", Ui.both("agencyTypes"));
        w.link("/scheme/reform-type.html", Ui.both("reformTypes"));
        w.link("/sparql", "SPARQL");
        w.link("/dumps/", "Dumps");
        w.close("nav").close("header");
        w.open("main");
        w.element("h1", title);
        if (iri != null) {
            w.open("p", "class", "iri").element("code", iri).close("p");
        }
        body.accept(w);
        w.close("main");
        w.open("footer");
        if (docPath != null) {
            Ui.write(w, "formats");
            w.text(": ");
            for (Representation r : Representation.values()) {
                if (r != Representation.HTML) {
                    w.link(docPath + "." + r.suffix(), r.name().replace('_', '-')).text(" ");
                }
            }
            w.open("br");
        }
        Ui.write(w, "licence");
        w.text(": ");
        w.link(LICENCE, "CC BY 4.0", "rel", "license");
        w.close("footer");
        w.close("body");
        w.close("html");
        return w.finish();
    }
}
