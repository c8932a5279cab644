package org.reformgraph.loader.outline;

import java.util.Optional;
import org.reformgraph.loader.Span;

/**
 * Finds a section's closing block (（牵头部门：…；责任部门：…） after its last measure): the text inside the section's
 * span after its last child's span. The outliner leaves it out of every measure, so an attribution found there applies
 * to all the section's measures.
 */
public final class SectionClosing {
    private SectionClosing() {
    }

    /** The span of the closing block in the cleaned text, when the section has one. */
    public static Optional<Span> of(OutlineNode section, String cleanText) {
        if (section.children().isEmpty()) {
            return Optional.empty();
        }
        int start = section.children().get(section.children().size() - 1).span().end();
        int end = section.span().end();
        while (start < end && Character.isWhitespace(cleanText.charAt(start))) {
            start++;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }
}
