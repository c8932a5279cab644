package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void theTextIsEscapedAndOnlyTheMatchIsMarkup() {
        var analyzer = ChineseAnalyzer.CJK.create();
        var query = new PhraseQuery(IndexFields.TEXT, "带押", "押过", "过户");
        String snippet = new Snippets(query, analyzer).of("推行<script>alert('x')</script>&“带押过户”");
        assertEquals("推行&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;“<em>带押过户</em>”", snippet);
    }

    @Test
    void withoutAMatchTheStartOfTheText() {
        var snippet = new Snippets(new org.apache.lucene.search.TermQuery(new Term(IndexFields.TEXT, "无关")),
                ChineseAnalyzer.CJK.create()).of("改".repeat(150));
        assertEquals("改".repeat(Snippets.FRAGMENT_CHARS) + "…", snippet);
    }
}
