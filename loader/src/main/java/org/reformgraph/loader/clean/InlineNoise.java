package org.reformgraph.loader.clean;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a conversion tool left inside lines: Word bookmark markers ({@code [bookmark: _Toc123]}), HTML tags
 * ({@code <h3>}, {@code <ul style="…">}) and HTML entities ({@code &nbsp;} becomes a space, {@code &lt;} a {@code <}).
 *
 * <p>Tags that break a line in a browser ({@code <p>} {@code </p>} {@code <br/>} {@code <div>} {@code <li>}
 * {@code <tr>}) become a line break, and a table cell's end ({@code </td>}) a tab, so that a paragraph or row pasted
 * from a web page as one line of HTML keeps its lines and cells. Each replacement maps to the tag's first character.
 */
final class InlineNoise {
    private static final Pattern NOISE = Pattern.compile(
            "\\[bookmark:[^\\]\\n]*]"
            // a tag starts with a Latin letter, so Chinese text in angle brackets (<包括开发区…>) is kept
            + "|</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]*)?/?>"
            + "|&(?:#\\d{1,6}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("</?(?:p|br|div|li|tr|table|tbody)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_END_TAG = Pattern.compile("</t[dh]>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW_END_AHEAD = Pattern.compile("\\s*</tr>", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Character> ENTITIES = Map.of(
            "&nbsp;", ' ', "&amp;", '&', "&lt;", '<', "&gt;", '>', "&quot;", '"', "&apos;", '\'', "&ensp;", ' ',
            "&emsp;", ' ', "&middot;", '·', "&mdash;", '—');

    private InlineNoise() {
    }

    static MappedText remove(MappedText in) {
        String text = in.text();
        Matcher m = NOISE.matcher(text);
        MappedText out = new MappedText(in.length());
        int last = 0;
        while (m.find()) {
            out.append(in, last, m.start());
            Character replacement = replacement(m.group(), text, m.end());
            if (replacement != null) {
                // an entity stands for one character: it maps to the entity's first character
                out.append(replacement, in.offset(m.start()));
            }
            last = m.end();
        }
        out.append(in, last, in.length());
        return out;
    }

    private static Character replacement(String match, String text, int end) {
        if (match.charAt(0) == '<') {
            if (LINE_BREAK_TAG.matcher(match).matches()) {
                return '\n';
            }
            if (CELL_END_TAG.matcher(match).matches()) {
                // the last cell of a row needs no separator after it
                Matcher rowEnd = ROW_END_AHEAD.matcher(text).region(end, text.length());
                return rowEnd.lookingAt() ? null : '\t';
            }
            return null;
        }
        if (match.charAt(0) != '&') {
            return null;
        }
        if (match.startsWith("&#")) {
            boolean hex = match.startsWith("&#x") || match.startsWith("&#X");
            int code = Integer.parseInt(match.substring(hex ? 3 : 2, match.length() - 1), hex ? 16 : 10);
            return code > 0 && code < 0x10000 ? (char) code : ' ';
        }
        // an unknown named entity is dropped rather than guessed
        return ENTITIES.get(match);
    }
}
