package org.reformgraph.loader.outline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.clean.TextCleaner;
import org.reformgraph.loader.read.PlanReader;
import org.reformgraph.loader.read.Seeds;

/** Runs the first three stages on a seed or a snippet, and finds nodes by path. */
final class OutlineFixtures {
    record Outlined(CleanText text, Outline outline) {
        OutlineNode node(String path) {
            return find(outline.roots(), path);
        }

        String body(OutlineNode node) {
            return node.bodySpan().of(text.text());
        }

        String span(OutlineNode node) {
            return node.span().of(text.text());
        }

        List<OutlineNode> all() {
            List<OutlineNode> out = new ArrayList<>();
            collect(outline.roots(), out);
            return out;
        }
    }

    private OutlineFixtures() {
    }

    static Outlined seed(String name) {
        CleanText text = new TextCleaner().clean(Seeds.read(name));
        return new Outlined(text, new Outliner().outline(text));
    }

    static Outlined snippet(String plan) {
        CleanText text = new TextCleaner().clean(new PlanReader().read("snippet.txt", plan.getBytes(StandardCharsets.UTF_8)));
        return new Outlined(text, new Outliner().outline(text));
    }

    private static OutlineNode find(List<OutlineNode> nodes, String path) {
        for (OutlineNode node : nodes) {
            if (node.path().equals(path)) {
                return node;
            }
            OutlineNode found = find(node.children(), path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(List<OutlineNode> nodes, List<OutlineNode> out) {
        for (OutlineNode node : nodes) {
            out.add(node);
            collect(node.children(), out);
        }
    }
}
