package org.reformgraph.loader.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * The part of a literal around the words that matched, safe to put in a page: the text is HTML-escaped and only the
 * {@code <em>} around matched words is markup. The highlighter marks matches with private-use characters, which
 * cannot be confused with the text's own angle brackets, and those become {@code <em>} after escaping.
 */
final class Snippets {
    private static final String START = "\uE000";
    private static final String END = "\uE001";
    static final int FRAGMENT_CHARS = 100;

    private final Highlighter highlighter;
    private final Analyzer analyzer;

    Snippets(Query query, Analyzer analyzer) {
        this.highlighter = new Highlighter(new SimpleHTMLFormatter(START, END), new QueryScorer(query, IndexFields.TEXT));
        this.highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        this.analyzer = analyzer;
    }

    String of(String text) {
        String clean = text.replace(START, "").replace(END, "");
        String marked;
        try {
            String fragment = highlighter.getBestFragment(analyzer, IndexFields.TEXT, clean);
            marked = fragment == null ? head(clean) : fragment;
        } catch (IOException | InvalidTokenOffsetsException e) {
            marked = head(clean);
        }
        // one <em> for a run of matched words (带押 过户 → <em>带押过户</em>)
        marked = marked.replace(END + START, "");
        return escape(marked).replace(START, "<em>").replace(END, "</em>");
    }

    private static String head(String text) {
        return text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
