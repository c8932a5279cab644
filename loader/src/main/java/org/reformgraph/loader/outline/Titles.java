package org.reformgraph.loader.outline;

/**
 * A node's title: for a heading line, the heading (一、总体要求 → 总体要求); for a measure that opens with a short
 * lead phrase, the phrase up to its first full stop (1.破除市场准入壁垒。全面落实… → 破除市场准入壁垒). A first sentence
 * longer than {@value #MAX_LEAD} characters is no lead phrase, and the title is empty. An attribution block at the
 * end of a heading (提升企业开办服务（牵头单位：市市场监管局）) is no part of its title.
 */
final class Titles {
    static final int MAX_LEAD = 30;
    private static final int MAX_HEADING = 60;
    private static final String STOPS = "。；！？;!?";

    private Titles() {
    }

    /** The title from the text after the numbering on the node's first line. */
    static String of(String firstLine) {
        String line = AttributionMarks.withoutTrailing(firstLine.strip());
        int stop = -1;
        for (int i = 0; i < line.length(); i++) {
            if (STOPS.indexOf(line.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        if (stop > 0) {
            return stop <= MAX_LEAD ? line.substring(0, stop).strip() : "";
        }
        String heading = line.endsWith("：") || line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
        return heading.length() <= MAX_HEADING ? heading.strip() : "";
    }
}
