package org.reformgraph.loader.outline;

import java.util.List;
import java.util.regex.Pattern;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.clean.CleanText;

/**
 * Says what the outline could not understand, so that a plan read only in part is never mistaken for a plan read in
 * full: no measures at all (never a silently empty graph), a part with no numbered items that became one measure, and
 * lines that look garbled by a wrong encoding or a lost font. Each warning names the line in the original file.
 *
 * <p>A plan with no recognisable numbering yields no measures rather than one per paragraph: a paragraph is as likely
 * a preamble, a principle or a closing word as a measure, and a wrong measure is worse for a researcher than a
 * missing one that a warning points to.
 */
final class PartialReading {
    /** More garbled lines than this are summarised in one warning. */
    private static final int MAX_LINE_WARNINGS = 10;
    /** Mojibake of UTF-8 read as GBK (锟斤拷, 烫烫烫, 屯屯屯) or as Latin-1 (Ã¤Â¸), and the replacement character. */
    private static final Pattern MOJIBAKE = Pattern.compile("\uFFFD|锟斤拷|烫烫烫|屯屯屯|[À-ÿ]{3,}|[\uE000-\uF8FF]");
    private static final double MAX_ODD_SHARE = 0.3;
    private static final int MIN_GARBLE_LENGTH = 8;

    private PartialReading() {
    }

    static void warn(List<NodeBuilder> roots, List<TextLine> lines, LineNumberings numberings, CleanText text,
                     List<Warning> warnings) {
        if (countMeasures(roots) == 0) {
            warnings.add(new Warning("outline", 0, numberings.isEmpty()
                    ? "no numbered items found (一、 （一） 1. (1) ① 第一条 … or a task table): the plan's structure was not"
                      + " recognised, so it yields no measures"
                    : "numbered headings found, but none holds a measure (only general requirements or safeguards):"
                      + " the plan yields no measures"));
        }
        for (NodeBuilder root : roots) {
            if (root.numbering == null || !root.style().isPartStyle()) {
                continue;
            }
            if (root.kind == NodeKind.MEASURE && root.ownLines.size() > 2) {
                warnings.add(new Warning("outline", text.originalLine(root.ownLines.get(1).start()), "part "
                        + root.numbering.written() + " has no numbered items: its " + (root.ownLines.size() - 1)
                        + " paragraphs are read as one measure"));
            } else if (!root.children.isEmpty() && root.children.stream().allMatch(UnnumberedItems::isUnnumberedItem)) {
                warnings.add(new Warning("outline", text.originalLine(root.children.get(0).spanStart()), "part "
                        + root.numbering.written() + " has no numbered items: its " + root.children.size()
                        + " paragraphs, each closing with an attribution, are read as unnumbered measures"));
            }
        }
        int garbled = 0;
        int firstUnreported = 0;
        for (TextLine line : lines) {
            if (isGarbled(line.text())) {
                garbled++;
                if (garbled <= MAX_LINE_WARNINGS) {
                    warnings.add(new Warning("outline", text.originalLine(line.start()),
                            "the line looks garbled (wrong encoding or lost characters); what it says may be missing or wrong"));
                } else if (firstUnreported == 0) {
                    firstUnreported = text.originalLine(line.start());
                }
            }
        }
        if (garbled > MAX_LINE_WARNINGS) {
            warnings.add(new Warning("outline", firstUnreported,
                    (garbled - MAX_LINE_WARNINGS) + " more garbled lines from here on"));
        }
    }

    static boolean isGarbled(String line) {
        if (MOJIBAKE.matcher(line).find()) {
            return true;
        }
        if (line.length() < MIN_GARBLE_LENGTH) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isOdd(line.charAt(i))) {
                odd++;
            }
        }
        return odd > line.length() * MAX_ODD_SHARE;
    }

    /** Neither Chinese, ASCII, Chinese or general punctuation, nor any symbol plans use. */
    private static boolean isOdd(char c) {
        if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return false;
        }
        return !(c >= 0x2000 && c <= 0x206F || c >= 0x2100 && c <= 0x27BF || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x00B0 && c <= 0x00B7 || c == 0x00D7 || c == 0x00F7
                || c >= 0x0391 && c <= 0x03C9);
    }

    private static int countMeasures(List<NodeBuilder> nodes) {
        int count = 0;
        for (NodeBuilder node : nodes) {
            count += (node.kind == NodeKind.MEASURE ? 1 : 0) + countMeasures(node.children);
        }
        return count;
    }
}
