package org.reformgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The header format of a library file, as documented in queries/README.md. */
class QueryLibraryHeaderTest {
    @Test
    void readsTitlesDescriptionsAndParameters() {
        NamedQuery q = NamedQueryParser.parse("by-city", """
                # title: Measures by city
                # title@zh: 各城市的措施
                # A free comment line: ignored.
                # description: Lists measures
                # description: of one city.
                # description@zh: 某城市的措施。
                # param: city iri - the city's IRI
                # param: label langString@zh "武汉 市" a label with a space in its default
                # param: year integer 2023 the year
                SELECT ?m ?label WHERE { ?m <urn:p> ?city ; <urn:label> ?label ; <urn:year> ?year }
                """, "by-city.rq");
        assertEquals("Measures by city", q.title());
        assertEquals("各城市的措施", q.titles().get("zh"));
        assertEquals("Lists measures of one city.", q.description());
        assertEquals("某城市的措施。", q.descriptions().get("zh"));
        assertEquals(3, q.parameters().size());
        QueryParameter city = q.parameters().get(0);
        assertEquals("city", city.name());
        assertTrue(city.required());
        assertEquals("the city's IRI", city.description());
        QueryParameter label = q.parameters().get(1);
        assertEquals("langString@zh", label.type().toString());
        assertEquals(Optional.of("武汉 市"), label.defaultValue());
        assertEquals(Optional.of("2023"), q.parameters().get(2).defaultValue());
        assertFalse(q.parameters().get(2).required());
    }

    @Test
    void theQueryFormIsKnownOnceParsedSoServingItNeedNotParseAgain() {
        NamedQuery select = NamedQueryParser.parse("s", "# title: S\nSELECT * WHERE { ?s ?p ?o }\n", "s.rq");
        NamedQuery ask = NamedQueryParser.parse("a", "# title: A\nASK { ?s ?p ?o }\n", "a.rq");
        NamedQuery construct = NamedQueryParser.parse("c", "# title: C\nCONSTRUCT WHERE { ?s ?p ?o }\n", "c.rq");
        NamedQuery describe = NamedQueryParser.parse("d", "# title: D\nDESCRIBE <urn:x>\n", "d.rq");
        assertEquals(NamedQuery.Form.SELECT, select.form());
        assertEquals(NamedQuery.Form.ASK, ask.form());
        assertEquals(NamedQuery.Form.CONSTRUCT, construct.form());
        assertEquals(NamedQuery.Form.DESCRIBE, describe.form());
        assertTrue(select.form().answersRows());
        assertTrue(ask.form().answersRows());
        assertFalse(construct.form().answersRows());
        assertFalse(describe.form().answersRows());
    }

    @Test
    void theHeaderEndsAtTheFirstLineThatIsNotAComment() {
        NamedQuery q = NamedQueryParser.parse("q", """
                # title: Q
                SELECT * WHERE { ?s ?p ?o }
                # param: s iri - too late: not part of the header
                """, "q.rq");
        assertTrue(q.parameters().isEmpty());
    }

    @Test
    void aTitleIsRequired() {
        assertError("q.rq:1", "no '# title", "# description: no title\nSELECT * WHERE { ?s ?p ?o }\n");
    }

    @Test
    void aMalformedParameterLineNamesItsLine() {
        assertError("q.rq:2", "expected '# param: name type default description'",
                "# title: Q\n# param: onlyname\nSELECT * WHERE { ?onlyname ?p ?o }\n");
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertError("q.rq:2", "unknown parameter type 'uri'",
                "# title: Q\n# param: s uri - subject\nSELECT * WHERE { ?s ?p ?o }\n");
    }

    @Test
    void aDefaultMustFitItsType() {
        assertError("q.rq:2", "not an integer",
                "# title: Q\n# param: n integer many a count\nSELECT * WHERE { ?s ?p ?n }\n");
    }

    @Test
    void aDeclaredParameterMustBeAVariableOfTheQuery() {
        assertError("q.rq", "no variable ?agency",
                "# title: Q\n# param: agency iri - who\nSELECT * WHERE { ?s ?p ?agencyType }\n");
    }

    @Test
    void formatIsReservedForTheApi() {
        assertError("q.rq:2", "cannot be a parameter name",
                "# title: Q\n# param: format string csv the format\nSELECT * WHERE { ?s ?p ?format }\n");
    }

    @Test
    void aParameterCannotBeDeclaredTwice() {
        assertError("q.rq:3", "declared twice",
                "# title: Q\n# param: s iri - a\n# param: s iri - b\nSELECT * WHERE { ?s ?p ?o }\n");
    }

    @Test
    void aQueryThatDoesNotParseNamesItsLine() {
        assertError("q.rq:3", "does not parse", "# title: Q\nSELECT *\nWHERE { ?s ?p }\n");
    }

    @Test
    void aNameMustBeLowercaseWithHyphens() {
        assertError("Bad_Name", "lowercase", "# title: Q\nSELECT * WHERE { ?s ?p ?o }\n", "Bad_Name");
    }

    private static void assertError(String where, String what, String text) {
        assertError(where, what, text, "q");
    }

    private static void assertError(String where, String what, String text, String name) {
        QueryLibraryException e = assertThrows(QueryLibraryException.class,
                () -> NamedQueryParser.parse(name, text, name + ".rq"));
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
