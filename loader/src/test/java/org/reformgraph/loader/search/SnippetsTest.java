package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static TermQuery word(String text) {
        return new TermQuery(new Term(IndexFields.TEXT, text));
    }

    @Test
    void theTextIsEscapedAndOnlyTheMatchIsMarkup() {
        var query = new PhraseQuery(IndexFields.TEXT, "带押", "押过", "过户");
        String snippet = new Snippets(query).of("推行<script>alert('x')</script>&“带押过户”");
        assertEquals("推行&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;“<em>带押过户</em>”", snippet);
    }

    @Test
    void withoutAMatchTheStartOfTheText() {
        var snippet = new Snippets(word("无关")).of("改".repeat(150));
        assertEquals("改".repeat(Snippets.FRAGMENT_CHARS) + "…", snippet);
    }

    @Test
    void traditionalCharactersAreMarkedWhereTheSimplifiedWordsMatchAndShownAsWritten() {
        var query = new PhraseQuery(IndexFields.TEXT, "证照", "分离");
        assertEquals("全面推行<em>證照分離</em>改革", new Snippets(query).of("全面推行證照分離改革"));
    }

    @Test
    void latinWordsMatchInAnyCase() {
        assertEquals("对标<em>B-READY</em>指标", new Snippets(word("b-ready")).of("对标B-READY指标"));
    }

    @Test
    void aLongLiteralIsCutAroundItsDensestMatchWithAFewCharactersBefore() {
        String text = "甲".repeat(150) + "带押过户" + "乙".repeat(150) + "带押过户与证照分离" + "丙".repeat(150);
        var query = new BooleanQuery.Builder().add(new PhraseQuery(IndexFields.TEXT, "带押", "过户"), BooleanClause.Occur.SHOULD)
                .add(new PhraseQuery(IndexFields.TEXT, "证照", "分离"), BooleanClause.Occur.SHOULD).build();
        String snippet = new Snippets(query).of(text);
        assertEquals("…" + "乙".repeat(20) + "<em>带押过户</em>与<em>证照分离</em>" + "丙".repeat(100 - 20 - 9) + "…", snippet);
    }

    @Test
    void wordsExcludedByTheQueryAreNotMarked() {
        var query = new BooleanQuery.Builder().add(word("改革"), BooleanClause.Occur.MUST)
                .add(word("试点"), BooleanClause.Occur.MUST_NOT).build();
        String snippet = new Snippets(query).of("试点改革");
        assertEquals("试点<em>改革</em>", snippet);
        assertTrue(!snippet.contains("<em>试点"), snippet);
    }
}
