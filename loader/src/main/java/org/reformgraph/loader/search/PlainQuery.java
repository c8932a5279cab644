package org.reformgraph.loader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a researcher types, as a Lucene query: every space-separated chunk must occur, each as a phrase (its words
 * next to each other). Lucene's parser alone would OR the words of 带押过户 (带押 OR 过户), which finds every measure
 * about any 过户. Text that already uses Lucene's syntax (quotes, AND/OR/NOT, +/-, wildcards, field:value, groups) is
 * left as it is, for those who know it.
 */
public final class PlainQuery {
    private static final Pattern SYNTAX = Pattern.compile("[\"+\\-*?~^:(){}\\[\\]\\\\/!]|&&|\\|\\||\\b(AND|OR|NOT|TO)\\b");

    private PlainQuery() {
    }

    public static String toLucene(String text) {
        String trimmed = text.strip();
        if (SYNTAX.matcher(trimmed).find()) {
            return trimmed;
        }
        List<String> phrases = new ArrayList<>();
        for (String chunk : trimmed.split("[\\s\\u3000]+")) {
            if (!chunk.isEmpty()) {
                phrases.add('"' + QueryParserBase.escape(chunk) + '"');
            }
        }
        return String.join(" AND ", phrases);
    }
}
