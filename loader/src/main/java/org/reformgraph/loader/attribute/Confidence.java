package org.reformgraph.loader.attribute;

/**
 * How sure the loader is of a fact, by how it was found. An explicit label (牵头部门：…) is surer than an inline 负责,
 * which is surer than a table cell; a lead inferred from the order of a list is a convention, not a statement.
 */
final class Confidence {
    static final double LABELLED = 0.95;
    static final double INLINE = 0.9;
    static final double TABLE_CELL = 0.85;
    /** 由A牵头 in running text: explicit, but the sentence's scope may be narrower than the measure. */
    static final double SENTENCE_LEAD = 0.85;
    /** A statement made once for a whole section, applied to each of its measures. */
    static final double INHERITED = 0.9;
    static final double FIRST_LISTED_LEAD = 0.7;
    /** The first unit of a list, made lead by a convention the plan states once (第一责任单位为牵头单位). */
    static final double NOTICE_CONVENTION = 0.85;
    /**
     * A unit split out of a flattened table row, where the cells ran together without separators
     * (区发改局区财政局区直相关单位,各街道2023年6月底): the cut and the column are inferred from the names' grammar.
     */
    static final double FLATTENED_ROW = 0.75;
    /** A sole unit listed: nothing competes for the lead, but the text still does not say 牵头. */
    static final double SOLE_LISTED_DISCOUNT = 0.05;
    static final double DICTIONARY_MENTION = 0.8;
    static final double NER_MENTION = 0.6;

    private Confidence() {
    }

    /** To two decimals, as the values above are written: 0.95 − 0.05 is 0.9, not 0.8999999999999999. */
    static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
