package org.reformgraph.loader.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a literal around the words that matched, safe to put in a page: the text is HTML-escaped and only the
 * {@code <em>} around matched words is markup.
 *
 * <p>The query's words are found in the literal as it was indexed (folded to simplified characters, Latin letters in
 * lower case, one character for one, so positions in the folded text are positions in the original), not by
 * segmenting the literal again: re-running HanLP over every literal of a page of 200 hits cost more than the search.
 * A word is marked wherever it occurs, also inside a longer word, as a reader scanning for it would see it.
 */
final class Snippets {
    static final int FRAGMENT_CHARS = 100;
    /** Characters shown before the first match of a fragment cut from a longer literal. */
    private static final int LEAD = 20;

    /** The query's words on the text field, longest first so that a longer word is marked before its parts. */
    private final List<String> words;

    Snippets(Query query) {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> found = new LinkedHashSet<>();
        for (Term term : terms) {
            if (term.field().equals(IndexFields.TEXT) && !term.text().isEmpty()) {
                found.add(fold(term.text()));
            }
        }
        List<String> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        this.words = byLength;
    }

    String of(String text) {
        boolean[] marked = mark(fold(text));
        int from = 0;
        int to = text.length();
        if (text.length() > FRAGMENT_CHARS) {
            from = bestStart(marked);
            to = Math.min(text.length(), from + FRAGMENT_CHARS);
        }
        StringBuilder out = new StringBuilder(to - from + 32);
        if (from > 0) {
            out.append('…');
        }
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != open) {
                out.append(open ? "</em>" : "<em>");
                open = marked[i];
            }
            escape(text.charAt(i), out);
        }
        if (open) {
            out.append("</em>");
        }
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** Which characters belong to an occurrence of one of the query's words. */
    private boolean[] mark(String folded) {
        boolean[] marked = new boolean[folded.length()];
        for (String word : words) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    /**
     * Where the shown part of a long literal starts: a little before the match whose window holds the most marked
     * characters (the first such), or at the start when nothing matched.
     */
    private static int bestStart(boolean[] marked) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                int start = Math.max(0, Math.min(i - LEAD, marked.length - FRAGMENT_CHARS));
                int count = 0;
                for (int j = start; j < start + FRAGMENT_CHARS; j++) {
                    if (marked[j]) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = start;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /** As the index sees the text: simplified characters, Latin letters in lower case; the same length as the text. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SimplifiedFolding.fold(Character.toLowerCase(chars[i]));
        }
        return new String(chars);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            escape(text.charAt(i), out);
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
