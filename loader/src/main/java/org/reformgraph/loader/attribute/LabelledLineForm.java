package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * Labelled lines right after an item, outside brackets: 牵头部门：A / 责任单位：B、C / 配合单位：D. Consecutive labelled
 * lines are one statement.
 */
final class LabelledLineForm implements AttributionForm {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t\\u3000]*(?=" + LabelledSegments.LABEL.pattern() + ")");

    private final LabelledSegments labelled;

    LabelledLineForm(LabelledSegments labelled) {
        this.labelled = labelled;
    }

    @Override
    public List<Statement> find(String text, Span region) {
        List<Statement> out = new ArrayList<>();
        Matcher m = LINE.matcher(text).region(region.start(), region.end());
        m.useAnchoringBounds(false);
        int start = -1;
        int end = -1;
        while (m.find()) {
            int lineStart = m.end();
            int lineEnd = lineEnd(text, lineStart, region.end());
            if (start >= 0 && onlySpaceBetween(text, end, lineStart)) {
                end = lineEnd;
                continue;
            }
            addStatement(text, start, end, out);
            start = lineStart;
            end = lineEnd;
        }
        addStatement(text, start, end, out);
        return out;
    }

    private void addStatement(String text, int start, int end, List<Statement> out) {
        if (start < 0) {
            return;
        }
        Span evidence = new Span(start, end);
        List<Attribution> attributions = labelled.parse(text, evidence, evidence);
        if (!attributions.isEmpty()) {
            out.add(new Statement(evidence, attributions, true));
        }
    }

    private static int lineEnd(String text, int from, int limit) {
        int nl = text.indexOf('\n', from);
        int end = nl < 0 || nl > limit ? limit : nl;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return text.substring(from, to).isBlank();
    }
}
