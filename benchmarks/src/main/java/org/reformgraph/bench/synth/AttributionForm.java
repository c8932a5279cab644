package org.reformgraph.bench.synth;

/**
 * The ways a plan says who leads and who carries out a measure (the forms of issue 4). A plan keeps to one form, as
 * real plans do.
 */
public enum AttributionForm {
    /** （牵头单位：A；责任单位：B、C） after the measure, full- or half-width punctuation */
    LABELLED_INLINE(0.16, false),
    /** 〔牵头单位：A，责任单位：B、C〕 */
    LABELLED_BRACKETED(0.08, false),
    /** （A牵头，B、C配合） or （A牵头负责） */
    LEAD_COOPERATE(0.10, false),
    /** （A、B、C负责）: every unit responsible, none marked lead */
    RESPONSIBLE_LIST(0.12, false),
    /** （责任单位：A、B） */
    RESPONSIBLE_LABEL(0.08, false),
    /** （责任单位：A、B） with the notice's convention 第一责任单位为牵头单位: A leads */
    RESPONSIBLE_LABEL_CONVENTION(0.05, false),
    /** one （牵头部门：A；责任部门：B、C） closing each section, applying to every measure in it */
    SECTION_BLOCK(0.10, true),
    /** （牵头单位：A） on the section heading, inherited by its measures, which carry （责任单位：B、C） */
    SECTION_LEAD(0.06, true),
    /** labelled lines after the measure: 牵头单位：A / 配合单位：B、C / 完成时限：… */
    LABELLED_LINES(0.07, false),
    /** a table flattened into text: number, content, then lead, units and deadline run together */
    FLATTENED_TABLE(0.06, false),
    /** a tab-separated table 序号 / 重点任务 / 具体措施 / 牵头单位 / 责任单位 / 完成时限 */
    TAB_TABLE(0.06, false),
    /** no attributions: agencies only named inside the measures */
    NONE(0.06, false);

    private final double defaultShare;
    private final boolean needsSections;

    AttributionForm(double defaultShare, boolean needsSections) {
        this.defaultShare = defaultShare;
        this.needsSections = needsSections;
    }

    /** The share of plans written in this form unless configured otherwise. */
    public double defaultShare() {
        return defaultShare;
    }

    /** Whether the form hangs on visible section headings. */
    boolean needsSections() {
        return needsSections;
    }

    boolean isTable() {
        return this == FLATTENED_TABLE || this == TAB_TABLE;
    }
}
