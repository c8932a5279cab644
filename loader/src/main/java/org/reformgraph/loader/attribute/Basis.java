package org.reformgraph.loader.attribute;

/** How the loader knows an agency's role. */
public enum Basis {
    /** The text says so (牵头单位：A, A牵头, 责任单位：B). */
    EXPLICIT,
    /**
     * The text lists responsible units without naming a lead; by the convention of Chinese plans the first one
     * named leads. Used only where the text names no lead.
     */
    FIRST_LISTED
}
