package org.reformgraph.loader.outline;

/**
 * A numbering found at the start of a line.
 *
 * @param style   how it is written
 * @param written the numbering as written, e.g. {@code （二）}, {@code 1.}
 * @param value   its value, 1-based
 * @param length  characters from the line start to the text after the numbering (spaces included)
 */
record Numbering(NumberingStyle style, String written, int value, int length) {
}
