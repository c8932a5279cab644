package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerTest {
    private static String json(String bindings) {
        return "{\"head\":{\"vars\":[\"a\",\"n\"]},\"results\":{\"bindings\":[" + bindings + "]}}";
    }

    @Test
    void theSameRowsInAnotherOrderAgree() {
        Answer jena = Answer.ofSparqlJson(json("""
                {"a":{"type":"uri","value":"http://x/1"},"n":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"3"}},
                {"a":{"type":"uri","value":"http://x/2"},"n":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"5"}}"""));
        // Virtuoso's way of writing the same: typed-literal, xsd:int, reversed order.
        Answer virtuoso = Answer.ofSparqlJson(json("""
                {"a":{"type":"uri","value":"http://x/2"},"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#int","value":"5"}},
                {"a":{"type":"uri","value":"http://x/1"},"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#int","value":"3"}}"""));
        assertEquals(2, jena.rows());
        assertTrue(jena.agreesWith(virtuoso));
    }

    @Test
    void averagesAgreeToNineDigitsAndStringTypesAreFolded() {
        Answer a = Answer.ofSparqlJson(json("""
                {"a":{"type":"literal","value":"各县市区"},"n":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#decimal","value":"2.333333333333"}}"""));
        Answer b = Answer.ofSparqlJson(json("""
                {"a":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#string","value":"各县市区"},"n":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#double","value":"2.3333333333333335E0"}}"""));
        assertTrue(a.agreesWith(b));
    }

    @Test
    void anEmptyStringCountsAsNoValue() {
        Answer unbound = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"uri\",\"value\":\"http://x/1\"}}"));
        Answer empty = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"uri\",\"value\":\"http://x/1\"},\"n\":{\"type\":\"literal\",\"value\":\"\"}}"));
        assertTrue(unbound.agreesWith(empty));
    }

    @Test
    void aDifferentValueDisagreesAndTheDifferenceNamesTheRows() {
        Answer a = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"literal\",\"value\":\"x\",\"xml:lang\":\"zh\"}}"));
        Answer b = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"literal\",\"value\":\"x\",\"xml:lang\":\"en\"}}"));
        assertFalse(a.agreesWith(b));
        assertEquals("Fuseki 1 rows, reformgraph 1; first differing row, Fuseki ≠ reformgraph: a=\"x\"@zh ≠ \"x\"@en",
                a.differenceFrom(b, "Fuseki", "reformgraph"));
    }

    @Test
    void groupConcatsOfTheSameValuesInAnotherOrderAgree() {
        Answer a = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"literal\",\"value\":\">= <= =\"}}"));
        Answer b = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"literal\",\"value\":\"<= = >=\"}}"));
        Answer c = Answer.ofSparqlJson(json("{\"a\":{\"type\":\"literal\",\"value\":\"<= = <=\"}}"));
        assertTrue(a.agreesWith(b));
        assertFalse(a.agreesWith(c));
    }

    @Test
    void aComputedBooleanAgreesWithVirtuososOneOrZero() {
        Answer jena = Answer.ofSparqlJson(json("{\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"false\"}}"));
        Answer virtuoso = Answer.ofSparqlJson(json("{\"n\":{\"type\":\"typed-literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"0\"}}"));
        assertTrue(jena.agreesWith(virtuoso));
    }

    @Test
    void dateTimesAgreeToTheMicrosecond() {
        String type = "\"datatype\":\"http://www.w3.org/2001/XMLSchema#dateTime\"";
        Answer jena = Answer.ofSparqlJson(json("{\"n\":{\"type\":\"literal\"," + type + ",\"value\":\"2026-11-22T09:28:17.891617382Z\"}}"));
        Answer virtuoso = Answer.ofSparqlJson(json("{\"n\":{\"type\":\"literal\"," + type + ",\"value\":\"2026-11-22T09:28:17.891617Z\"}}"));
        Answer later = Answer.ofSparqlJson(json("{\"n\":{\"type\":\"literal\"," + type + ",\"value\":\"2026-11-22T09:28:17.891618Z\"}}"));
        assertTrue(jena.agreesWith(virtuoso));
        assertFalse(jena.agreesWith(later));
    }
}
