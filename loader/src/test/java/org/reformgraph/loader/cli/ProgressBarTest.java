package org.reformgraph.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsInPlaceAndEndsTheLineWhenDone() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 3, false);
        bar.step("a");
        bar.clear();
        bar.step("b");
        bar.step("c");
        String drawn = err.toString();
        assertTrue(drawn.startsWith("\r[##########                    ] 1/3 a\r"), drawn);
        assertTrue(drawn.endsWith("\r[##############################] 3/3 c" + System.lineSeparator()), drawn);
    }

    @Test
    void aShortLoadOffATerminalShowsNoBar() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, false);
        assertFalse(bar.shown());
        bar.step("a");
        bar.step("b");
        assertEquals("", err.toString());
        assertTrue(new ProgressBar(new PrintWriter(err), 2, true).shown(), "a terminal always gets one");
    }
}
