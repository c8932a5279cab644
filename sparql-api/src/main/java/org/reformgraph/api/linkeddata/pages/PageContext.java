package org.reformgraph.api.linkeddata.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.api.linkeddata.GraphReader;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.ResourcePaths;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.Ui;

/** What a page is rendered from: the resource, its description, the graph to ask more of, and where IRIs are served. */
public record PageContext(String iri, Model description, GraphReader reader, ResourcePaths paths,
                          Map<String, String> labels) {
    private static final String LABEL = """
            SELECT ?label WHERE { ?r skos:prefLabel|rdfs:label|dct:title ?label }
            """;
    private static final java.util.regex.Pattern PLAIN_IRI = java.util.regex.Pattern.compile("[^\\s<>\"{}|\\\\^`]+");
    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);

    public PageContext(String iri, Model description, GraphReader reader, ResourcePaths paths) {
        this(iri, description, reader, paths, new HashMap<>());
    }

    /**
     * Fetches the labels of the resources in these columns in one query, so that a page linking to a hundred agencies
     * asks the graph once rather than a hundred times.
     */
    public List<Row> withLabels(List<Row> rows, String... vars) {
        java.util.Set<String> wanted = new java.util.TreeSet<>();
        for (Row row : rows) {
            for (String var : vars) {
                String value = row.iri(var);
                if (value != null && !labels.containsKey(value) && PLAIN_IRI.matcher(value).matches()) {
                    wanted.add(value);
                }
            }
        }
        if (wanted.isEmpty()) {
            return rows;
        }
        StringBuilder values = new StringBuilder();
        wanted.forEach(value -> values.append('<').append(value).append("> "));
        Map<String, Map<String, String>> found = new HashMap<>();
        // the IRIs come from the graph and were checked to hold no character that could end an IRI
        for (Row row : reader.select("SELECT ?x ?label WHERE { VALUES ?x { " + values
                + "} ?x skos:prefLabel|rdfs:label|dct:title ?label }", Map.of())) {
            RDFNode n = row.values().get("label");
            if (n != null && n.isLiteral()) {
                found.computeIfAbsent(row.iri("x"), k -> new HashMap<>())
                        .putIfAbsent(n.asLiteral().getLanguage(), n.asLiteral().getLexicalForm());
            }
        }
        for (String value : wanted) {
            String label = pick(found.getOrDefault(value, Map.of()));
            labels.put(value, label != null ? label : localName(value));
        }
        return rows;
    }

    public Resource self() {
        return description.createResource(iri);
    }

    /** The resource as a binding for {@code ?r}. */
    public Map<String, RDFNode> bindR() {
        return Map.of("r", ResourceFactory.createResource(iri));
    }

    public List<Row> select(String sparql) {
        return reader.select(sparql, bindR());
    }

    /** The best label of a resource: Chinese first, from the description if it has one, else from the graph. */
    public String label(String resource) {
        String cached = labels.get(resource);
        if (cached != null) {
            return cached;
        }
        String found = bestLabel(description.createResource(resource));
        if (found != null) {
            return found;
        }
        List<Row> rows = reader.select(LABEL, Map.of("r", ResourceFactory.createResource(resource)));
        Map<String, String> byLang = new HashMap<>();
        for (Row row : rows) {
            RDFNode n = row.values().get("label");
            if (n != null && n.isLiteral()) {
                byLang.putIfAbsent(n.asLiteral().getLanguage(), n.asLiteral().getLexicalForm());
            }
        }
        String label = pick(byLang);
        labels.put(resource, label != null ? label : localName(resource));
        return labels.get(resource);
    }

    /** The labels of the resource itself, Chinese first. */
    public String ownLabel() {
        String label = bestLabel(self());
        return label != null ? label : localName(iri);
    }

    /** A value of the resource itself in the given language (empty language: any), or null. */
    public String value(Property property, String language) {
        for (Statement s : self().listProperties(property).toList()) {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                if (language == null || l.getLanguage().equals(language)) {
                    return l.getLexicalForm();
                }
            }
        }
        return null;
    }

    public String objectIri(Property property) {
        Statement s = self().getProperty(property);
        return s != null && s.getObject().isURIResource() ? s.getResource().getURI() : null;
    }

    public List<String> objectIris(Property property) {
        return self().listProperties(property).toList().stream()
                .filter(s -> s.getObject().isURIResource()).map(s -> s.getResource().getURI()).sorted().toList();
    }

    /** A link to a resource's page, showing its label. */
    public void link(HtmlWriter w, String resource) {
        w.link(paths.href(resource), label(resource));
    }

    /** A definition-list entry: the words of {@code key}, then the content. */
    public static void entry(HtmlWriter w, String key, Runnable content) {
        w.open("dt");
        Ui.write(w, key);
        w.close("dt").open("dd");
        content.run();
        w.close("dd");
    }

    public static void heading(HtmlWriter w, String key) {
        w.open("h2");
        Ui.write(w, key);
        w.close("h2");
    }

    /** A table header row from UI keys. */
    public static void headerRow(HtmlWriter w, String... keys) {
        w.open("tr");
        for (String key : keys) {
            w.open("th");
            Ui.write(w, key);
            w.close("th");
        }
        w.close("tr");
    }

    private static String bestLabel(Resource r) {
        Map<String, String> byLang = new HashMap<>();
        for (Property p : LABELS) {
            for (Statement s : r.listProperties(p).toList()) {
                if (s.getObject().isLiteral()) {
                    byLang.putIfAbsent(s.getLiteral().getLanguage(), s.getLiteral().getLexicalForm());
                }
            }
            if (!byLang.isEmpty()) {
                break;
            }
        }
        return pick(byLang);
    }

    private static String pick(Map<String, String> byLang) {
        for (String lang : List.of("zh", "", "en")) {
            if (byLang.containsKey(lang)) {
                return byLang.get(lang);
            }
        }
        return byLang.values().stream().findFirst().orElse(null);
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
