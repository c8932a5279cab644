package org.reformgraph.loader.outline;

/** What a node of a plan's outline is. */
public enum NodeKind {
    /** A top-level part such as 一、总体要求. */
    PART,
    /** A grouping below a part, e.g. a topic section （一）市场准入退出, that is not itself a measure. */
    SECTION,
    /** A reform measure (举措): the unit that attributions, topics, reform types and targets attach to. */
    MEASURE
}
