package org.reformgraph.loader.clean;

import org.reformgraph.loader.Span;

/**
 * The text the later stages work on, with a map back to the original.
 *
 * <p>{@code text} has extraction noise removed, broken lines re-joined, traditional characters converted to
 * simplified and full-width ASCII folded to half-width where that helps matching; {@code toOriginal[i]} is the offset
 * in {@code original} of the character at {@code i} in {@code text}, and {@code toOriginal[text.length()]} is the
 * offset just after the last one, so that every span of the cleaned text has a span of the original.
 */
public record CleanText(String original, String text, int[] toOriginal) {

    public CleanText {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " characters");
        }
    }

    /** The span of the original text that a span of the cleaned text came from. */
    public Span toOriginal(Span cleanSpan) {
        int start = toOriginal[cleanSpan.start()];
        int end = cleanSpan.end() == cleanSpan.start() ? start : toOriginal[cleanSpan.end() - 1] + 1;
        return new Span(start, Math.max(start, end));
    }

    /** The original wording behind a span of the cleaned text: what the graph quotes as evidence. */
    public String quote(Span cleanSpan) {
        return toOriginal(cleanSpan).of(original);
    }

    /** 1-based line number in the original file of a cleaned-text offset, for messages. */
    public int originalLine(int cleanOffset) {
        int originalOffset = toOriginal[Math.min(cleanOffset, text.length())];
        int line = 1;
        for (int i = 0; i < originalOffset && i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
