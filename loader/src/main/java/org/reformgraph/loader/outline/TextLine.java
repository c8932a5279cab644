package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;

/** One line of the cleaned text: {@code [start, end)} without its newline. */
record TextLine(int index, int start, int end, String text) {

    boolean isTableLine() {
        return text.indexOf('\t') >= 0;
    }

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    lines.add(new TextLine(lines.size(), start, i, text.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
