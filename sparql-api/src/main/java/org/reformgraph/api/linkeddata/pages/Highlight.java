package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reformgraph.api.linkeddata.html.HtmlWriter;

/**
 * A text with the spans behind facts marked. Offsets are code points of the original text, as {@code rg:start} and
 * {@code rg:end} give them; the text is the quote of an enclosing span that starts at {@code origin}. Facts whose span
 * lies outside the text (a block stated once for a whole section) are left out. Overlapping facts split the text into
 * pieces, each marked with every fact that covers it.
 */
final class Highlight {
    /** One fact to mark: its kind (a CSS class), a note (the mark's title) and where it is. */
    record Fact(String kind, String note, long start, long end) {
    }

    private Highlight() {
    }

    static void write(HtmlWriter w, String text, long origin, List<Fact> facts) {
        int[] codePoints = text.codePoints().toArray();
        List<Fact> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, codePoints.length));
        for (Fact f : facts) {
            long s = f.start() - origin;
            long e = f.end() - origin;
            if (s >= 0 && e <= codePoints.length && s < e) {
                inside.add(new Fact(f.kind(), f.note(), s, e));
                cuts.add((int) s);
                cuts.add((int) e);
            }
        }
        Integer from = null;
        for (int to : cuts) {
            if (from != null) {
                String piece = new String(codePoints, from, to - from);
                Set<String> kinds = new TreeSet<>();
                Set<String> notes = new LinkedHashSet<>();
                for (Fact f : inside) {
                    if (f.start() <= from && f.end() >= to) {
                        kinds.add(f.kind());
                        notes.add(f.note());
                    }
                }
                if (kinds.isEmpty()) {
                    w.text(piece);
                } else {
                    w.element("mark", piece, "class", String.join(" ", kinds), "title", String.join("; ", notes));
                }
            }
            from = to;
        }
    }
}
