package org.reformgraph.loader.search;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.reformgraph.ontology.RG;

/**
 * The documents of the text index, laid out as jena-text reads them (so {@code text:query} works on the same index):
 * one document per indexed literal, with the subject in {@link #URI}, its graph in {@link #GRAPH}, the literal's
 * language in {@link #LANG} and its words in {@link #TEXT}. Every indexed property shares the one text field, so
 * {@code ?s text:query "带押过户"} searches measure text, titles and labels alike. The index adds fields jena-text
 * ignores: the subject's kind, the plan of its graph and the property, for the REST search's filters and answers.
 */
public final class IndexFields {
    public static final String URI = "uri";
    /** The subject again, as doc values: grouping thousands of hits by resource without reading stored documents. */
    public static final String URI_KEY = "uri.key";
    public static final String GRAPH = "graph";
    public static final String TEXT = "text";
    public static final String LANG = "lang";
    public static final String KIND = "kind";
    public static final String PLAN = "plan";
    public static final String PREDICATE = "predicate";

    /** The properties whose literals are indexed: measure text, titles, and the labels of agencies, schemes, places. */
    public static final List<Node> PREDICATES = List.of(RG.text.asNode(), DCTerms.title.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), RDFS.label.asNode());

    private IndexFields() {
    }

    static EntityDefinition entityDefinition() {
        EntityDefinition definition = new EntityDefinition(URI, TEXT, GRAPH, RG.text.asNode());
        for (Node predicate : PREDICATES) {
            definition.set(TEXT, predicate);
        }
        definition.setLangField(LANG);
        return definition;
    }
}
