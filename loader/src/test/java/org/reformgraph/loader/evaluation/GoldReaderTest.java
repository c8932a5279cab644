package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

class GoldReaderTest {
    private final GoldReader reader = new GoldReader();

    static String plan(String measures) {
        return """
                {"file": "anji-county-2020.txt", "year": 2020, "jurisdiction": "安吉县", "level": "district",
                 "within": ["湖州市", "浙江省"], "encoding": "UTF-8", "forms": ["attr-labelled-lines", "level-county"],
                 "expectWarnings": [], "ignore": [{"from": 40, "to": 42, "why": "garbled"}],
                 "measures": [%s]}
                """.formatted(measures);
    }

    static final String MEASURE = """
            {"line": 12, "number": "1．", "title": null,
             "attributions": [{"agency": "县市场监管局", "role": "LEAD", "basis": "EXPLICIT"},
                              {"agency": "县公安局", "role": "COOPERATING", "basis": "EXPLICIT", "inherited": true}],
             "mentions": ["县税务局"]}""";

    private GoldPlan parse(String json) {
        return reader.parse("x.gold.json", JSON.parse(json));
    }

    @Test
    void readsAPlanWithItsMeasuresAndJurisdictionChain() {
        GoldPlan plan = parse(plan(MEASURE));
        assertEquals("anji-county-2020", plan.planId());
        MeasureFacts m = plan.measures().get(0);
        assertEquals("1．", m.number());
        assertNull(m.title());
        assertEquals(new AttributionFact("县市场监管局", Role.LEAD, Basis.EXPLICIT, false), m.attributions().get(0));
        assertTrue(m.attributions().get(1).inherited());
        assertEquals(List.of("县税务局"), m.mentions());
        Jurisdiction j = plan.toJurisdiction();
        assertEquals(Level.DISTRICT, j.level());
        assertEquals("湖州市", j.countsForCity().name());
        assertEquals("浙江省", j.within().within().name());
        assertTrue(plan.ignored(41));
    }

    @Test
    void namesTheFieldThatIsWrong() {
        IllegalArgumentException role = assertThrows(IllegalArgumentException.class,
                () -> parse(plan(MEASURE.replace("\"COOPERATING\"", "\"HELPER\""))));
        assertEquals("x.gold.json: measures[0].attributions[1].role: unknown value 'HELPER'", role.getMessage());
        IllegalArgumentException form = assertThrows(IllegalArgumentException.class,
                () -> parse(plan(MEASURE).replace("attr-labelled-lines", "attr-unheard-of")));
        assertTrue(form.getMessage().contains("forms: unknown form 'attr-unheard-of'"), form.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> parse(plan(MEASURE.replace("\"line\": 12, ", ""))));
        assertEquals("x.gold.json: measures[0].line: missing", missing.getMessage());
    }

    @Test
    void rejectsGoldThatBreaksTheFirstListedConvention() {
        String both = MEASURE.replace("\"COOPERATING\", \"basis\": \"EXPLICIT\"", "\"LEAD\", \"basis\": \"FIRST_LISTED\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(plan(both)));
        assertTrue(e.getMessage().contains("only where the text names no lead"), e.getMessage());
        String responsible = MEASURE.replace("\"COOPERATING\", \"basis\": \"EXPLICIT\"", "\"RESPONSIBLE\", \"basis\": \"FIRST_LISTED\"");
        assertThrows(IllegalArgumentException.class, () -> parse(plan(responsible)));
    }

    @Test
    void rejectsMeasuresOutOfOrderAndBlankNumbers() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> parse(plan(MEASURE + "," + MEASURE)));
        assertTrue(order.getMessage().contains("measures[1].line: measures must be in document order"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(plan(MEASURE.replace("\"1．\"", "\" \""))));
    }
}
