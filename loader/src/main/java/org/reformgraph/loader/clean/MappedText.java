package org.reformgraph.loader.clean;

import java.util.Arrays;

/**
 * Text under construction whose every character remembers the offset in the original file it came from. Edits only
 * ever delete characters or replace one character by one other, so the map stays exact.
 */
final class MappedText {
    private final StringBuilder text;
    private int[] offsets;

    MappedText(int capacity) {
        text = new StringBuilder(capacity);
        offsets = new int[Math.max(16, capacity)];
    }

    /** The original itself: character i comes from offset i. */
    static MappedText identity(String original) {
        MappedText mapped = new MappedText(original.length());
        for (int i = 0; i < original.length(); i++) {
            mapped.append(original.charAt(i), i);
        }
        return mapped;
    }

    void append(char c, int originalOffset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = originalOffset;
        text.append(c);
    }

    /** Appends characters {@code [from, to)} of another mapped text with their offsets. */
    void append(MappedText other, int from, int to) {
        for (int i = from; i < to; i++) {
            append(other.charAt(i), other.offset(i));
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int offset(int i) {
        return offsets[i];
    }

    void set(int i, char c) {
        text.setCharAt(i, c);
    }

    String text() {
        return text.toString();
    }

    String substring(int from, int to) {
        return text.substring(from, to);
    }

    /** The final map: one entry per character plus one for the end, as {@link CleanText} wants it. */
    int[] toOriginal(int originalLength) {
        int[] map = Arrays.copyOf(offsets, text.length() + 1);
        map[text.length()] = text.length() == 0 ? originalLength : offsets[text.length() - 1] + 1;
        return map;
    }
}
