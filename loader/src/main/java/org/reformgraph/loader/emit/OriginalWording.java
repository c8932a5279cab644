package org.reformgraph.loader.emit;

import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;

/**
 * A range of the cleaned text in the original's script: noise stays removed and broken lines stay joined, but each
 * character is taken back from the original, undoing the traditional→simplified and width folding done for matching.
 */
final class OriginalWording {
    private OriginalWording() {
    }

    static String of(CleanText clean, Span cleanSpan) {
        int[] map = clean.toOriginal();
        String original = clean.original();
        StringBuilder out = new StringBuilder(cleanSpan.length());
        int previous = -1;
        for (int i = cleanSpan.start(); i < cleanSpan.end(); i++) {
            int at = map[i];
            // several cleaned characters can come from one original character (or one inserted one): take it once
            if (at != previous && at < original.length()) {
                out.append(original.charAt(at));
            }
            previous = at;
        }
        return out.toString();
    }
}
