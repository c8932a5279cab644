package org.reformgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The comparison the remote-store test relies on: equal where stores may legitimately differ, and only there. */
class AnswersTest {
    private static String json(String value) {
        return """
                {"head":{"vars":["x"]},"results":{"bindings":[{"x":%s}]}}""".formatted(value);
    }

    @Test
    void numbersCompareByValueAndTextByLexicalForm() {
        String decimal = "{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#decimal\",\"value\":\"%s\"}";
        assertEquals(Answers.jsonRows(json(decimal.formatted("10"))), Answers.jsonRows(json(decimal.formatted("10.0"))));
        assertNotEquals(Answers.jsonRows(json(decimal.formatted("10"))), Answers.jsonRows(json(decimal.formatted("10.5"))));
        assertNotEquals(Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"10\"}")),
                Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"10.0\"}")));
    }

    @Test
    void groupConcatsCompareAsTheirParts() {
        Map<String, String> concatenated = Answers.concatenations(QueryFactory.create("""
                SELECT ?p (GROUP_CONCAT(DISTINCT ?c; SEPARATOR="、") AS ?x) (COUNT(?c) AS ?n)
                WHERE { ?p ?q ?c } GROUP BY ?p"""));
        assertEquals(Map.of("x", "、"), concatenated);
        assertEquals(Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"武汉市、上海市\"}"), concatenated),
                Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"上海市、武汉市\"}"), concatenated));
        assertNotEquals(Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"武汉市、上海市\"}"), concatenated),
                Answers.jsonRows(json("{\"type\":\"literal\",\"value\":\"武汉市、厦门市\"}"), concatenated));
        assertEquals(Map.of("x", " "), Answers.concatenations(QueryFactory.create(
                "SELECT ?x WHERE { { SELECT (GROUP_CONCAT(?c) AS ?x) WHERE { ?p ?q ?c } } }")), "in a sub-query");
    }
}
