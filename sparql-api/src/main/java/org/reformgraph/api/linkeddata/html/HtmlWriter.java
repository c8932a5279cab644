package org.reformgraph.api.linkeddata.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML that is also well-formed XML, escaping every text and attribute value it is given: there is no way to
 * put markup into a page except through an element method, so text from the graph can never become markup. Elements
 * must close in order; a mismatch is a programming error and throws.
 */
public final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> VOID = Set.of("meta", "link", "br", "hr", "img", "input");

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    public HtmlWriter open(String tag, String... attributes) {
        start(tag, attributes);
        if (VOID.contains(tag)) {
            out.append(" />");
        } else {
            out.append('>');
            open.push(tag);
        }
        return this;
    }

    public HtmlWriter close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /** An element holding only text. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public HtmlWriter link(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** The finished document; every element must be closed. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return "<!DOCTYPE html>\n" + out;
    }

    private void start(String tag, String... attributes) {
        if (!NAME.matcher(tag).matches()) {
            throw new IllegalArgumentException("not an element name: " + tag);
        }
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            if (!NAME.matcher(attributes[i]).matches()) {
                throw new IllegalArgumentException("not an attribute name: " + attributes[i]);
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    // control characters other than tab and line breaks are not allowed in HTML or XML text
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
