package org.reformgraph.loader;

/**
 * A half-open character range {@code [start, end)}. Which text it indexes is said by where it is used:
 * within the pipeline spans index the cleaned text; {@link org.reformgraph.loader.clean.CleanText#toOriginal}
 * turns them into spans of the original file, which is what the graph publishes.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
