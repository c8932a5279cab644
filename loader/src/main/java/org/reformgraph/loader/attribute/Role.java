package org.reformgraph.loader.attribute;

/** The part an agency plays in a measure. A lead is also responsible. */
public enum Role {
    /** 牵头: leads the measure. */
    LEAD,
    /** 责任/负责: carries it out. */
    RESPONSIBLE,
    /** 配合/协同: helps. */
    COOPERATING
}
