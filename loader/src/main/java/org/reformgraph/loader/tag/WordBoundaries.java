package org.reformgraph.loader.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;
import org.reformgraph.loader.Span;

/**
 * Where words begin and end in a piece of text, by HanLP's segmentation. Used to keep an unquoted candidate term
 * from matching inside other words: 集成办 is not in 集成办理, 上海金 is not in 上海金融.
 */
final class WordBoundaries {
    // HanLP.segment's own segmenter (StandardTokenizer.SEGMENT) is one object for the process; one per thread instead,
    // configured the same, because plans are tagged in parallel
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(HanLP::newSegment);
    private final BitSet boundaries = new BitSet();

    private WordBoundaries(String text, int offset) {
        int at = offset;
        boundaries.set(at);
        for (Term term : SEGMENT.get().seg(text.toCharArray())) {
            at += term.word.length();
            boundaries.set(at);
        }
    }

    static WordBoundaries of(String text, Span region) {
        return new WordBoundaries(region.of(text), region.start());
    }

    /** Whether the span starts and ends on word boundaries. */
    boolean aligned(Span span) {
        return boundaries.get(span.start()) && boundaries.get(span.end());
    }
}
