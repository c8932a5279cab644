package org.reformgraph.loader.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.clean.CleanText;

/**
 * Stage 3, outline: recognises the numbering hierarchy and table rows, giving the tree of parts, sections, measures.
 *
 * <p>The narrative (every line before the first table line, table header or appendix marker 附件) becomes a tree of
 * its numbered headings ({@link HeadingTree}), nested in the order of styles the document itself uses
 * ({@link StyleOrder}); restarts and items standing beside parts get implicit sections ({@link LostHeadings}); a
 * section's closing attribution block is kept out of its last item ({@link ClosingBlocks}); measures are decided by
 * where the plan puts its attributions, else by structure, never in a general-requirements first part or a safeguards
 * last part ({@link MeasureKinds}), and a measure's numbered sub-points are folded into it ({@link SubPoints});
 * closing words of the plan after its last measure belong to no node ({@link TrailingText}). A tab-separated task
 * table ({@link TableOutline}) or one flattened into text ({@link FlatTableOutline}) becomes a section {@code t}
 * whose rows are measures {@code t1}, {@code t2} … ({@link TableGroups}). What could not be understood is reported
 * with its line ({@link PartialReading}).
 *
 * <p>Paths: a numbered node's segment is its number's value (三 → 3, （二） → 2, 5. → 5) below its parent's path,
 * so 000's measure 3. under 二、（一） is {@code 2.1.3}; an implicit section is {@code s1}, {@code s2} … among its
 * siblings, an item that lost its numbering {@code p1}, {@code p2} …. Spans and body spans index the cleaned text and exclude the final line break.
 */
public final class Outliner {
    public Outline outline(CleanText text) {
        List<Warning> warnings = new ArrayList<>();
        List<TextLine> lines = TextLine.split(text.text());
        int tableStart = firstTableLine(lines);
        FlatTableOutline.Header flatHeader = tableStart == lines.size() ? FlatTableOutline.findHeader(lines) : null;
        int narrativeEnd = narrativeEnd(lines, flatHeader != null ? flatHeader.firstLine() : tableStart);

        List<TextLine> narrative = lines.subList(0, narrativeEnd);
        LineNumberings numberings = LineNumberings.of(narrative);
        List<NodeBuilder> roots = HeadingTree.build(narrative, numberings);
        roots = LostHeadings.regroup(roots, numberings.order(), text, warnings);
        titles(roots, text.text());
        ClosingBlocks.detach(roots, text.text());
        MeasureKinds.assign(roots, numberings.order(), text.text());
        TrailingText.detach(roots);

        Map<NodeBuilder, String> paths = new HashMap<>();
        assignPaths(roots, "", paths, text, warnings);

        TableOutline.Table table = null;
        if (tableStart < lines.size()) {
            List<TextLine> tableLines = lines.subList(tableStart, lines.size()).stream().filter(TextLine::isTableLine).toList();
            table = new TableOutline(text, warnings).read(tableLines, tableTitle(lines, tableStart));
        } else if (flatHeader != null) {
            table = new FlatTableOutline(text, warnings).read(lines, flatHeader, tableTitle(lines, flatHeader.firstLine()));
        }
        if (table != null) {
            List<NodeBuilder> measures = new ArrayList<>();
            collectMeasures(roots, measures);
            new TableGroups(text).assign(table.rows(), measures, paths);
            roots.add(table.section());
            assignPaths(List.of(table.section()), "", paths, text, warnings);
        }
        PartialReading.warn(roots, lines, numberings, text, warnings);
        List<OutlineNode> frozen = new ArrayList<>();
        freeze(roots, paths, text.text(), frozen);
        warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Outline(frozen, warnings);
    }

    private static int firstTableLine(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (line.isTableLine()) {
                return line.index();
            }
        }
        return lines.size();
    }

    /** The narrative stops at the table, or earlier at an appendix marker (附件：… / 附表) after the first heading. */
    private static int narrativeEnd(List<TextLine> lines, int tableStart) {
        boolean headingSeen = false;
        for (int i = 0; i < tableStart; i++) {
            String line = lines.get(i).text();
            if (headingSeen && (line.startsWith("附件") || line.startsWith("附表"))) {
                return i;
            }
            headingSeen |= NumberingStyle.at(line) != null;
        }
        return tableStart;
    }

    /** The table's title: the last unnumbered line before it (东西湖区…任务清单), if there is one. */
    private static String tableTitle(List<TextLine> lines, int tableStart) {
        if (tableStart == 0) {
            return "";
        }
        String before = lines.get(tableStart - 1).text().strip();
        return NumberingStyle.at(before) == null && before.length() <= 60 ? before : "";
    }

    private static void titles(List<NodeBuilder> nodes, String text) {
        for (NodeBuilder node : nodes) {
            if (node.heading != null) {
                node.title = Titles.of(text.substring(node.bodyStart(), node.heading.end()));
            }
            titles(node.children, text);
        }
    }

    private static void collectMeasures(List<NodeBuilder> nodes, List<NodeBuilder> out) {
        for (NodeBuilder node : nodes) {
            if (node.kind == NodeKind.MEASURE) {
                out.add(node);
            }
            collectMeasures(node.children, out);
        }
    }

    private static void assignPaths(List<NodeBuilder> siblings, String parentPath, Map<NodeBuilder, String> paths,
                                    CleanText text, List<Warning> warnings) {
        Set<String> used = new HashSet<>();
        int implicit = 0;
        int unnumbered = 0;
        for (NodeBuilder node : siblings) {
            String path;
            if (node.fixedPath != null) {
                path = node.fixedPath;
            } else {
                String segment = node.numbering != null ? String.valueOf(node.numbering.value())
                        : UnnumberedItems.isUnnumberedItem(node) ? "p" + ++unnumbered : "s" + ++implicit;
                path = parentPath.isEmpty() ? segment : parentPath + "." + segment;
            }
            if (!used.add(path)) {
                String unique = path;
                for (int n = 2; !used.add(unique); n++) {
                    unique = path + "-" + n;
                }
                warnings.add(new Warning("outline", text.originalLine(node.spanStart()),
                        "two items numbered alike at the same level; the second is " + unique));
                path = unique;
            }
            paths.put(node, path);
            assignPaths(node.children, path, paths, text, warnings);
        }
    }

    private static void freeze(List<NodeBuilder> nodes, Map<NodeBuilder, String> paths, String text, List<OutlineNode> out) {
        Map<NodeKind, Integer> ordinals = new HashMap<>();
        for (NodeBuilder node : nodes) {
            int ordinal = ordinals.merge(node.kind, 1, Integer::sum);
            List<OutlineNode> children = new ArrayList<>();
            freeze(node.children, paths, text, children);
            String number = node.tableRow != null ? node.rowNumber : node.numbering == null ? "" : node.numbering.written();
            Span span = new Span(node.spanStart(), node.spanEnd());
            Span body = node.bodyOverride != null ? node.bodyOverride
                    : new Span(node.bodyStart(), Math.max(node.bodyStart(), node.bodyEnd()));
            out.add(new OutlineNode(node.kind, number, ordinal, paths.get(node), node.title, span, body, children, node.tableRow));
        }
    }
}
