package org.reformgraph.loader.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SurfacesTest {

    @Test
    void agencyNamesCompareAcrossScriptsWidthsAndGlosses() {
        assertEquals("市市场监管局", Surfaces.agency("市市場(chǎng)監(jiān)管局"));
        assertEquals("市市场监管局", Surfaces.agency("市市場監管局"));
        assertEquals("市发改委", Surfaces.agency(" 市发改委\u3000"));
        assertEquals(Surfaces.agency("各区县(自治县)人民政府"), Surfaces.agency("各区县（自治县）人民政府"));
    }

    @Test
    void differentAgenciesStayDifferent() {
        assertNotEquals(Surfaces.agency("市发改委"), Surfaces.agency("区发改局"));
        assertNotEquals(Surfaces.agency("市发改委"), Surfaces.agency("市发展改革委"));
    }

    @Test
    void numbersCompareWhateverTheBracketsSpacingAndStrayMarks() {
        assertEquals("(一)", Surfaces.number("（一）"));
        assertEquals("(一)", Surfaces.number("（ 一 ）"));
        assertEquals("(一)", Surfaces.number("(一)"));
        assertEquals("(1)", Surfaces.number("（1）"));
        assertEquals("1", Surfaces.number("1."));
        assertEquals("1", Surfaces.number("1 ."));
        assertEquals("1", Surfaces.number("1．"));
        assertEquals("1", Surfaces.number("1、"));
        assertEquals("2", Surfaces.number("2.\u3000"));
        assertEquals("4", Surfaces.number("4．．"));
        assertEquals("5", Surfaces.number("５．"));
        assertEquals("7", Surfaces.number("·7."));
        assertEquals("①", Surfaces.number("①"));
    }

    @Test
    void aMissingNumberIsEmpty() {
        assertEquals("", Surfaces.number(null));
        assertEquals("", Surfaces.number(" "));
    }

    @Test
    void numbersOfDifferentDepthsStayDifferent() {
        assertNotEquals(Surfaces.number("（1）"), Surfaces.number("1."));
        assertNotEquals(Surfaces.number("（一）"), Surfaces.number("一、"));
    }
}
