package org.reformgraph.api.linkeddata.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

class HighlightTest {
    @Test
    void spansAreMarkedByCodePointsOfTheOriginalText() {
        HtmlWriter w = new HtmlWriter().open("p");
        // the text starts at offset 100 of the original; 𠀀 is one code point but two Java chars
        Highlight.write(w, "𠀀由市发改委牵头推行带押过户。", 100, List.of(
                new Highlight.Fact("attribution", "agency", 102, 106),
                new Highlight.Fact("reform", "reform type", 110, 114),
                new Highlight.Fact("attribution", "outside", 10, 20)));
        w.close("p");
        assertEquals("<!DOCTYPE html>\n<p>𠀀由<mark class=\"attribution\" title=\"agency\">市发改委</mark>牵头推行"
                + "<mark class=\"reform\" title=\"reform type\">带押过户</mark>。</p>", w.finish());
    }

    @Test
    void overlappingFactsSplitTheText() {
        HtmlWriter w = new HtmlWriter().open("p");
        Highlight.write(w, "abcdef", 0, List.of(new Highlight.Fact("x", "one", 0, 4), new Highlight.Fact("y", "two", 2, 6)));
        w.close("p");
        assertEquals("<!DOCTYPE html>\n<p><mark class=\"x\" title=\"one\">ab</mark><mark class=\"x y\" title=\"one; two\">cd</mark>"
                + "<mark class=\"y\" title=\"two\">ef</mark></p>", w.finish());
    }
}
