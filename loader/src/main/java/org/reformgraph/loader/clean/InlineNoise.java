package org.reformgraph.loader.clean;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a conversion tool left inside lines: Word bookmark markers ({@code [bookmark: _Toc123]}), HTML tags
 * ({@code <h3>}, {@code <ul style="…">}) and HTML entities ({@code &nbsp;} becomes a space).
 */
final class InlineNoise {
    private static final Pattern NOISE = Pattern.compile(
            "\\[bookmark:[^\\]\\n]*]"
            // a tag starts with a Latin letter, so Chinese text in angle brackets (<包括开发区…>) is kept
            + "|</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]*)?/?>"
            + "|&(?:#\\d{1,6}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Map<String, Character> ENTITIES = Map.of(
            "&nbsp;", ' ', "&amp;", '&', "&lt;", '<', "&gt;", '>', "&quot;", '"', "&apos;", '\'', "&ensp;", ' ',
            "&emsp;", ' ', "&middot;", '·', "&mdash;", '—');

    private InlineNoise() {
    }

    static MappedText remove(MappedText in) {
        Matcher m = NOISE.matcher(in.text());
        MappedText out = new MappedText(in.length());
        int last = 0;
        while (m.find()) {
            out.append(in, last, m.start());
            Character replacement = replacement(m.group());
            if (replacement != null) {
                // an entity stands for one character: it maps to the entity's first character
                out.append(replacement, in.offset(m.start()));
            }
            last = m.end();
        }
        out.append(in, last, in.length());
        return out;
    }

    private static Character replacement(String match) {
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
