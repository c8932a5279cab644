package org.reformgraph.loader.attribute;

import java.util.List;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.NodeKind;
import org.reformgraph.loader.outline.OutlineNode;
import org.reformgraph.loader.outline.TableRow;

/** Small texts and outlines for attribution tests, built by hand where a real outline is not needed. */
final class TestTexts {
    private TestTexts() {
    }

    /** A cleaned text identical to its original. */
    static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new CleanText(text, text, map);
    }

    /** The span of the first occurrence of {@code part} in {@code text} at or after {@code from}. */
    static Span span(String text, String part, int from) {
        int start = text.indexOf(part, from);
        if (start < 0) {
            throw new IllegalArgumentException("'" + part + "' not in text");
        }
        return new Span(start, start + part.length());
    }

    static Span span(String text, String part) {
        return span(text, part, 0);
    }

    /** A measure whose extent is {@code whole}; its body starts after the number. */
    static OutlineNode measure(String text, String number, String path, String whole) {
        Span span = span(text, whole);
        return new OutlineNode(NodeKind.MEASURE, number, 1, path, "", span,
                new Span(span.start() + number.length(), span.end()), List.of(), null);
    }

    static OutlineNode section(String number, String path, Span span, OutlineNode... children) {
        return new OutlineNode(NodeKind.SECTION, number, 1, path, "", span, span, List.of(children), null);
    }

    static OutlineNode tableRow(String text, String row, String body, String cell) {
        Span bodySpan = span(text, body);
        Span cellSpan = span(text, cell, bodySpan.end());
        Span whole = new Span(bodySpan.start(), cellSpan.end());
        return new OutlineNode(NodeKind.MEASURE, row, 1, "t" + row, "", whole, whole, List.of(),
                new TableRow(row, false, null, null, cellSpan));
    }
}
