package org.reformgraph.loader.emit;

/**
 * Converts UTF-16 indexes of a text (what Java strings use) to code-point offsets (what the graph publishes, so that
 * tools in any language count the same characters). Rare characters outside the BMP take two UTF-16 units.
 */
final class CodePointOffsets {
    private final int[] codePointAt;

    CodePointOffsets(String text) {
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                table = buildTable(text);
                break;
            }
        }
        this.codePointAt = table;
    }

    private static int[] buildTable(String text) {
        int[] table = new int[text.length() + 1];
        int codePoints = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = codePoints;
            boolean highHalf = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!highHalf) {
                codePoints++;
            }
        }
        table[text.length()] = codePoints;
        return table;
    }

    /** The code-point offset of UTF-16 index {@code utf16}; an index inside a surrogate pair counts as its start. */
    int toCodePoint(int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }
}
