package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding caller values into a library query: as RDF terms in the parsed query, never as text. */
class QueryLibraryBindingTest {
    private static final NamedQuery BY_NAME = NamedQueryParser.parse("by-name", """
            # title: By name
            # param: name string - the exact name
            SELECT ?thing WHERE { ?thing <urn:name> ?name }
            """, "by-name.rq");

    private static final NamedQuery BY_THING = NamedQueryParser.parse("by-thing", """
            # title: By thing
            # param: thing iri - the thing
            # param: lang langString@zh 名字 a Chinese label
            SELECT ?thing ?name WHERE { ?thing <urn:name> ?name OPTIONAL { ?thing <urn:label> ?lang } }
            """, "by-thing.rq");

    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(SSE.parseQuad("(_ <urn:a> <urn:name> 'alpha')"));
        dsg.add(SSE.parseQuad("(_ <urn:b> <urn:name> 'beta')"));
        return dsg;
    }

    private static List<String> run(Query query) {
        List<String> things = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(data()).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> things.add(b.get("thing").getURI()));
        }
        return things;
    }

    @Test
    void aStringValueSelectsByEquality() {
        assertEquals(List.of("urn:a"), run(BY_NAME.bind(Map.of("name", "alpha"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "alpha\" } UNION { ?thing ?p ?o } #",
            "x' || true || '",
            "alpha\n} ; DROP ALL",
            "# comment } }",
            "\\\" ) FILTER(true) . ?thing ?p ?o {",
    })
    void hostileStringsStayOneLiteral(String hostile) {
        Query bound = BY_NAME.bind(Map.of("name", hostile));
        assertEquals(List.of(), run(bound), "the value matched nothing and opened no other pattern");
        assertTrue(bound.toString().contains("<urn:name>"));
    }

    @Test
    void aBoundProjectedVariableStaysInTheResults() {
        Query bound = BY_THING.bind(Map.of("thing", "urn:b"));
        try (QueryExec exec = QueryExec.dataset(data()).query(bound).build()) {
            RowSet rows = exec.select();
            assertTrue(rows.hasNext());
            var row = rows.next();
            assertEquals("urn:b", row.get("thing").getURI());
            assertEquals("beta", row.get("name").getLiteralLexicalForm());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:a> <urn:name> ?x . ?thing ?p ?o . <urn:z", "http://x.org/a b", "not an iri", ""})
    void aBadIriIsRefused(String bad) {
        ParameterBindingException e = assertThrows(ParameterBindingException.class,
                () -> BY_THING.bind(Map.of("thing", bad)));
        assertTrue(e.getMessage().contains("parameter 'thing'"), e.getMessage());
    }

    @Test
    void defaultsFillMissingValuesAndTypesGiveTheirTerms() {
        Map<String, Node> terms = new java.util.HashMap<>();
        BY_THING.terms(Map.of("thing", "https://example.org/x")).forEach((v, n) -> terms.put(v.getVarName(), n));
        assertEquals(NodeFactory.createURI("https://example.org/x"), terms.get("thing"));
        assertEquals(NodeFactory.createLiteralLang("名字", "zh"), terms.get("lang"));
    }

    @Test
    void aMissingRequiredValueIsRefused() {
        ParameterBindingException e = assertThrows(ParameterBindingException.class, () -> BY_NAME.bind(Map.of()));
        assertTrue(e.getMessage().contains("needs a value for parameter 'name'"), e.getMessage());
    }

    @Test
    void anUndeclaredParameterIsRefused() {
        ParameterBindingException e = assertThrows(ParameterBindingException.class,
                () -> BY_NAME.bind(Map.of("name", "alpha", "limit", "5")));
        assertTrue(e.getMessage().contains("no parameter named 'limit'"), e.getMessage());
    }

    @Test
    void typedValuesAreCheckedAndCanonical() {
        assertEquals("\"2023\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                org.apache.jena.riot.out.NodeFmtLib.strNT(ParameterType.parse("integer").toNode("+2023")));
        assertEquals("\"2023-07-28\"^^<http://www.w3.org/2001/XMLSchema#date>",
                org.apache.jena.riot.out.NodeFmtLib.strNT(ParameterType.parse("date").toNode("2023-07-28")));
        assertThrows(IllegalArgumentException.class, () -> ParameterType.parse("date").toNode("2023-13-01"));
        assertThrows(IllegalArgumentException.class, () -> ParameterType.parse("integer").toNode("1; DROP"));
        assertThrows(IllegalArgumentException.class, () -> ParameterType.parse("boolean").toNode("yes"));
        assertEquals("0.50", ParameterType.parse("decimal").toNode("0.50").getLiteralLexicalForm());
    }
}
