package org.reformgraph.api.linkeddata.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.reformgraph.api.linkeddata.GraphReader;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.ResourcePaths;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.PageLayout;
import org.reformgraph.api.linkeddata.html.Ui;
import org.reformgraph.ontology.OntologyResources;
import org.reformgraph.ontology.RG;

/**
 * The ontology as a readable page: its version and licence, then every class, property and individual of the
 * {@code rg:} namespace with its Chinese and English labels and comments, its place in the hierarchy, domain and
 * range, and an example from the data when the graph has one. Each term has an anchor, so {@code rg:Plan} resolves to
 * {@code /ontology.html#Plan}.
 */
public final class OntologyPage {
    private static final String CLASS_EXAMPLE = "SELECT ?x WHERE { ?x a ?c } LIMIT 1";
    private static final String PROPERTY_EXAMPLE = "SELECT ?x ?o WHERE { ?x ?p ?o } LIMIT 1";

    private final GraphReader reader;
    private final ResourcePaths paths;

    public OntologyPage(GraphReader reader, ResourcePaths paths) {
        this.reader = reader;
        this.paths = paths;
    }

    public String render(Model ontology) {
        Resource self = ontology.createResource(OntologyResources.ONTOLOGY_IRI);
        String title = literal(self, DCTerms.title, "en");
        PageContext c = new PageContext(OntologyResources.ONTOLOGY_IRI, ontology, reader, paths);
        return PageLayout.render(title == null ? "reformgraph ontology" : title, OntologyResources.ONTOLOGY_IRI,
                ResourcePaths.ONTOLOGY, w -> {
                    w.open("dl");
                    PageContext.entry(w, "version", () -> {
                        Statement version = self.getProperty(OWL.versionIRI);
                        if (version != null) {
                            w.element("code", version.getResource().getURI());
                        }
                        Statement info = self.getProperty(OWL.versionInfo);
                        w.text(info == null ? "" : " (" + info.getString() + ")");
                    });
                    PageContext.entry(w, "licence", () -> {
                        Statement licence = self.getProperty(DCTerms.license);
                        if (licence != null) {
                            w.link(licence.getResource().getURI(), licence.getResource().getURI());
                        }
                    });
                    w.close("dl");
                    for (String lang : List.of("zh", "en")) {
                        String description = literal(self, DCTerms.description, lang);
                        if (description != null) {
                            w.element("p", description, "lang", lang);
                        }
                    }
                    section(c, w, ontology, "classes", OWL.Class, true);
                    section(c, w, ontology, "objectProperties", OWL.ObjectProperty, false);
                    section(c, w, ontology, "datatypeProperties", OWL.DatatypeProperty, false);
                    section(c, w, ontology, "individuals", OWL.NamedIndividual, false);
                });
    }

    private void section(PageContext c, HtmlWriter w, Model ontology, String heading, Resource kind, boolean isClass) {
        List<Resource> terms = ontology.listSubjectsWithProperty(RDF.type, kind).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(RG.NS))
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (terms.isEmpty()) {
            return;
        }
        PageContext.heading(w, heading);
        for (Resource term : terms) {
            String local = term.getURI().substring(RG.NS.length());
            w.open("section", "id", local, "class", "term");
            w.open("h3").element("code", "rg:" + local).text(" ");
            w.element("span", literal(term, RDFS.label, "zh"), "lang", "zh").text(" ");
            w.element("span", literal(term, RDFS.label, "en"), "lang", "en", "class", "en");
            w.close("h3");
            for (String lang : List.of("zh", "en")) {
                String comment = literal(term, RDFS.comment, lang);
                if (comment != null) {
                    w.element("p", comment, "lang", lang);
                }
            }
            w.open("dl");
            links(c, w, term, isClass ? RDFS.subClassOf : RDFS.subPropertyOf, isClass ? "subClassOf" : "subPropertyOf");
            links(c, w, term, RDFS.domain, "domain");
            links(c, w, term, RDFS.range, "range");
            example(c, w, term, isClass);
            w.close("dl");
            w.close("section");
        }
    }

    private void links(PageContext c, HtmlWriter w, Resource term, Property property, String key) {
        List<String> targets = term.listProperties(property).toList().stream()
                .filter(s -> s.getObject().isURIResource()).map(s -> s.getResource().getURI()).sorted().toList();
        if (targets.isEmpty()) {
            return;
        }
        PageContext.entry(w, key, () -> {
            for (String target : targets) {
                w.link(paths.href(target), c.description().shortForm(target)).text(" ");
            }
        });
    }

    private void example(PageContext c, HtmlWriter w, Resource term, boolean isClass) {
        if (!isClass && !term.hasProperty(RDF.type, OWL.ObjectProperty) && !term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
            return;
        }
        List<Row> rows = isClass
                ? reader.select(CLASS_EXAMPLE, Map.of("c", ResourceFactory.createResource(term.getURI())))
                : reader.select(PROPERTY_EXAMPLE, Map.of("p", ResourceFactory.createResource(term.getURI())));
        if (rows.isEmpty() || rows.get(0).iri("x") == null) {
            return;
        }
        Row row = rows.get(0);
        PageContext.entry(w, "example", () -> {
            String x = row.iri("x");
            w.link(paths.href(x), c.description().shortForm(x));
            if (!isClass && row.has("o")) {
                String value = row.text("o");
                w.text(" → ");
                if (row.iri("o") != null) {
                    w.link(paths.href(value), c.description().shortForm(value));
                } else {
                    w.element("span", PlanPage.excerpt(value), "class", "literal");
                }
            }
        });
    }

    private static String literal(Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)) {
                return s.getLiteral().getLexicalForm();
            }
        }
        return null;
    }

    static String words(String key) {
        return Ui.both(key);
    }
}
