package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.junit.jupiter.api.Test;

class PlainQueryTest {
    private final CJKAnalyzer bigrams = new CJKAnalyzer();

    @Test
    void everyChunkIsAPhraseThatMustOccur() {
        assertEquals("\"带押过户\" AND \"武汉\"", PlainQuery.toLucene("带押过户　武汉", bigrams, PlainQuery.Mode.PHRASE));
    }

    @Test
    void orElseAllItsWordsRankedBelowThePhrase() {
        assertEquals("(\"带押过户\"^4 OR (+带押 +押过 +过户))", PlainQuery.toLucene("带押过户", bigrams, PlainQuery.Mode.PHRASE_OR_WORDS));
        assertEquals("\"改\"", PlainQuery.toLucene("改", bigrams, PlainQuery.Mode.PHRASE_OR_WORDS), "one word is its own phrase");
    }

    @Test
    void luceneSyntaxIsLeftAlone() {
        assertEquals("\"带押过户\" OR 证照分离", PlainQuery.toLucene("\"带押过户\" OR 证照分离", bigrams));
        assertEquals("text:带押*", PlainQuery.toLucene("text:带押*", bigrams));
    }
}
