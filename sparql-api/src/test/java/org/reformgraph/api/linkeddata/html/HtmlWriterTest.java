package org.reformgraph.api.linkeddata.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    @Test
    void textAndAttributesAreEscaped() {
        HtmlWriter w = new HtmlWriter();
        w.open("p", "title", "\"><script>").text("<script>alert('x') & </script>").close("p");
        assertEquals("<!DOCTYPE html>\n<p title=\"&quot;&gt;&lt;script&gt;\">&lt;script&gt;alert('x') &amp; &lt;/script&gt;</p>",
                w.finish());
    }

    @Test
    void voidElementsCloseThemselvesAndNullAttributesAreLeftOut() {
        HtmlWriter w = new HtmlWriter();
        w.open("div").open("br", "class", null).close("div");
        assertEquals("<!DOCTYPE html>\n<div><br /></div>", w.finish());
    }

    @Test
    void misnestedOrUnclosedElementsAreRefused() {
        HtmlWriter w = new HtmlWriter().open("ul").open("li");
        assertThrows(IllegalStateException.class, () -> w.close("ul"));
        assertThrows(IllegalStateException.class, () -> new HtmlWriter().open("p").finish());
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p", "on click", "x"));
    }

    @Test
    void controlCharactersAreReplaced() {
        assertEquals("<!DOCTYPE html>\n<p>a\uFFFDb</p>", new HtmlWriter().element("p", "a\u0001b").finish());
    }
}
