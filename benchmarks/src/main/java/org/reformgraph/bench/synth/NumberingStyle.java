package org.reformgraph.bench.synth;

import java.util.regex.Pattern;

/**
 * How a plan numbers its parts, sections and measures. Each style knows the mark that starts a measure's line, so
 * tests can count the measures in a text.
 */
public enum NumberingStyle {
    /** 一、 part / （一） section / 1. measure (also 1． and 1、) */
    PART_SECTION_ITEM("^\\d+[.．、]", true),
    /** 一、 part / （一） or (一) measure, numbered through the plan */
    PART_SECTION("^[（(][一二三四五六七八九十]+[）)]", false),
    /** 一、 part / 1. section heading / （1） or (1) measure */
    PART_ITEM_SUBITEM("^[（(]\\d+[）)]", true),
    /** 一、 part / （一） section / ① measure */
    PART_SECTION_CIRCLED("^[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]", true),
    /** rows of a table: a bare number, alone on its line or before a tab */
    TABLE("^\\d+(\\t|$)", false);

    private final Pattern measureStart;
    private final boolean sections;

    NumberingStyle(String measureStart, boolean sections) {
        this.measureStart = Pattern.compile(measureStart);
        this.sections = sections;
    }

    /** Matches the start of a (cleaned, stripped) line that begins a measure. */
    public Pattern measureStart() {
        return measureStart;
    }

    /** Whether the style shows topic sections as numbered headings. */
    boolean showsSections() {
        return sections;
    }
}
