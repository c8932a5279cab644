package org.reformgraph.loader.evaluation;

/** Lines {@code from}–{@code to} (1-based, inclusive) of a plan's original text, with why they matter. */
public record LineRange(int from, int to, String why) {
    public LineRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad line range " + from + "-" + to);
        }
    }

    public boolean contains(int line) {
        return from <= line && line <= to;
    }
}
