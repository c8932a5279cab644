package org.reformgraph.loader;

/**
 * Something the loader could not fully understand. {@code line} is 1-based in the original file, or 0 when the
 * problem has no place in the text.
 */
public record Warning(String stage, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? stage + " line " + line + ": " + message : stage + ": " + message;
    }
}
