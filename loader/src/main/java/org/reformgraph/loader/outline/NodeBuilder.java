package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.Span;

/** A node while the outline is being built: mutable, turned into an {@link OutlineNode} at the end. */
final class NodeBuilder {
    final Numbering numbering;
    /** The heading line, or null for an implicit section standing in for a lost heading. */
    final TextLine heading;
    final List<TextLine> ownLines = new ArrayList<>();
    final List<NodeBuilder> children = new ArrayList<>();
    /** A section-closing block (（牵头部门：…）, 牵头单位：… lines) that applies to all the node's children: inside its span, outside theirs. */
    final List<TextLine> closingLines = new ArrayList<>();
    NodeKind kind;
    /** Set where the path does not follow from the numbering: {@code t} for a table, {@code t15} for its row 15. */
    String fixedPath;
    /** The row number as written, for table rows. */
    String rowNumber;
    /** A table, or a part line inside one: neither a heading of the narrative nor implicit. */
    boolean tableNode;
    String title = "";
    TableRow tableRow;
    /** For table rows: the body (主要内容 cell) when the row has one. */
    Span bodyOverride;

    NodeBuilder(Numbering numbering, TextLine heading) {
        this.numbering = numbering;
        this.heading = heading;
        if (heading != null) {
            ownLines.add(heading);
        }
    }

    static NodeBuilder implicit() {
        return new NodeBuilder(null, null);
    }

    boolean isImplicit() {
        return heading == null && !tableNode && tableRow == null;
    }

    NumberingStyle style() {
        return numbering == null ? null : numbering.style();
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    /** Where the node's own text starts: after its numbering. */
    int bodyStart() {
        if (heading == null) {
            return children.isEmpty() ? 0 : children.get(0).spanStart();
        }
        int at = heading.start() + (numbering == null ? 0 : numbering.length());
        while (at < heading.end() && heading.text().charAt(at - heading.start()) == ' ') {
            at++;
        }
        return at;
    }

    /** The end of the node's own text, before its first child. */
    int bodyEnd() {
        int end = bodyStart();
        int firstChild = children.isEmpty() ? Integer.MAX_VALUE : children.get(0).spanStart();
        for (TextLine line : ownLines) {
            if (line.start() < firstChild) {
                end = Math.max(end, line.end());
            }
        }
        return end;
    }

    int spanStart() {
        if (heading != null) {
            return heading.start();
        }
        if (!ownLines.isEmpty()) {
            return ownLines.get(0).start();
        }
        return children.isEmpty() ? 0 : children.get(0).spanStart();
    }

    int spanEnd() {
        int end = spanStart();
        for (TextLine line : ownLines) {
            end = Math.max(end, line.end());
        }
        for (NodeBuilder child : children) {
            end = Math.max(end, child.spanEnd());
        }
        for (TextLine line : closingLines) {
            end = Math.max(end, line.end());
        }
        return end;
    }

    /** The node's own text (heading and body lines, without the numbering), for titles and matching. */
    String ownText(String cleanText) {
        return bodyOverride != null ? bodyOverride.of(cleanText) : cleanText.substring(bodyStart(), Math.max(bodyStart(), bodyEnd()));
    }
}
