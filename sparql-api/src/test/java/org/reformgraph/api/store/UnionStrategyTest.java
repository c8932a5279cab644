package org.reformgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class UnionStrategyTest {
    private static final List<String> GRAPHS = List.of("urn:x-g:a", "urn:x-g:b");
    // Two plan graphs; the join below needs a triple from each. The default graph is empty, as in most stores.
    private static final String TRIG = """
            GRAPH <urn:x-g:a> { <urn:x-m:1> <urn:x-p:lead> <urn:x-a:agency> . }
            GRAPH <urn:x-g:b> { <urn:x-a:agency> <urn:x-p:label> "发改委" . }
            """;

    @Test
    void fromNamesEveryGraphAsDefaultAndAsNamed() {
        Query query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        Query sent = UnionStrategy.FROM.apply(query, GRAPHS);
        assertEquals(GRAPHS, sent.getGraphURIs());
        assertEquals(GRAPHS, sent.getNamedGraphURIs());
        assertTrue(query.getGraphURIs().isEmpty(), "the caller's query is left as it was");
    }

    @Test
    void withFromAJoinAcrossGraphsAndGraphPatternsAnswerAsOnAUnionDefaultGraph() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dataset);
        Query join = QueryFactory.create("SELECT ?m ?label WHERE { ?m <urn:x-p:lead> ?a . ?a <urn:x-p:label> ?label }");
        assertEquals(0, rows(dataset, join).size(), "the default graph alone is empty");
        assertEquals(List.of("发改委"), rows(dataset, UnionStrategy.FROM.apply(join, GRAPHS)));
        Query whichGraph = QueryFactory.create("SELECT ?label WHERE { GRAPH <urn:x-g:b> { ?a <urn:x-p:label> ?label } }");
        assertEquals(List.of("发改委"), rows(dataset, UnionStrategy.FROM.apply(whichGraph, GRAPHS)),
                "FROM NAMED keeps GRAPH patterns working");
    }

    @Test
    void aQueryNamingItsOwnDatasetAndTheDefaultStrategyAreLeftAlone() {
        Query own = QueryFactory.create("SELECT * FROM <urn:x-g:a> WHERE { ?s ?p ?o }");
        assertSame(own, UnionStrategy.FROM.apply(own, GRAPHS));
        Query plain = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
        assertSame(plain, UnionStrategy.DEFAULT.apply(plain, GRAPHS));
    }

    @Test
    void namesAreReadWhateverTheirCase() {
        assertEquals(UnionStrategy.FROM, UnionStrategy.parse("from"));
        assertEquals(UnionStrategy.DEFAULT, UnionStrategy.parse(" Default "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnionStrategy.parse("union"));
        assertTrue(e.getMessage().contains("default or from"), e.getMessage());
    }

    private static List<String> rows(Dataset dataset, Query query) {
        List<String> labels = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> labels.add(row.getLiteral("label").getString()));
        }
        return labels;
    }
}
