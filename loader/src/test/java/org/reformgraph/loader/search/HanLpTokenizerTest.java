package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** What the HanLP analyzer makes of a text: its words at character positions, and when indexing the words inside longer words. */
class HanLpTokenizerTest {
    /** Each token of the indexed text as word@position. */
    private static List<String> tokens(String text) throws IOException {
        return tokens(ChineseAnalyzer.HANLP.create(), text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position);
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void aWordInsideALongerWordHasItsPlaceInIt() throws IOException {
        // 告知承诺制 is segmented 告知 / 承诺制: without 承诺 at the position of 承诺制, the phrase 告知承诺 would miss it.
        List<String> tokens = tokens("推行经营许可告知承诺制。");
        int longer = tokens.indexOf(tokens.stream().filter(t -> t.startsWith("承诺制@")).findFirst().orElseThrow());
        String position = tokens.get(longer).substring(tokens.get(longer).indexOf('@'));
        assertEquals(true, tokens.contains("承诺" + position), tokens.toString());
        String before = tokens.stream().filter(t -> t.startsWith("告知@")).findFirst().orElseThrow();
        assertEquals(Integer.parseInt(position.substring(1)) - 2, Integer.parseInt(before.substring(before.indexOf('@') + 1)),
                "告知 (two characters) right before 承诺制: " + tokens);
    }

    @Test
    void aQueryKeepsOneTokenAPosition() throws IOException {
        // Parts of words in a query would be read as alternatives at one position and match scattered words.
        Analyzer query = ChineseAnalyzer.HANLP.createForQuery();
        assertEquals(List.of("告知@0", "承诺@2"), tokens(query, "告知承诺"));
        assertEquals(List.of("告知@0", "承诺制@2"), tokens(query, "告知承诺制"));
        assertEquals(List.of("双@0", "随机@1", "一@3", "公开@4"), tokens(query, "双随机、一公开"), "punctuation leaves no gap");
    }
}
