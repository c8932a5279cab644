package org.reformgraph.bench.synth;

/** Defects of real plan files, put into a share of synthetic plans after they are written. */
public enum Noise {
    /** converted to traditional script (牽頭單位, 責任單位) */
    TRADITIONAL,
    /** a web conversion's pinyin glosses left inside words: 經(jīng)濟 (only with TRADITIONAL) */
    PINYIN_GLOSSES,
    /** tags and entities of the web page it was copied from */
    HTML_REMNANTS,
    /** extracted from a PDF: lines broken at the page width, blank lines between them, page numbers */
    PDF_LINE_BREAKS,
    /** half-width : ; ( ) in attributions instead of full-width ones */
    HALF_WIDTH_PUNCTUATION
}
