package org.reformgraph.loader.attribute;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP segmentation that knows agency names (the words of {@link AgencyDictionary}, nature {@value #AGENCY_NATURE}),
 * with organisation recognition on. Without the agency words, recognition over-merges (改革委员会推进企业/nt).
 *
 * <p>Building it loads HanLP's models, which takes a while: it is built once per process, on first use. HanLP's
 * segment objects carry per-call configuration and are not documented as thread-safe, so each thread that segments
 * gets its own two, built on the shared (read-only) dictionary and models: plans are extracted in parallel.
 */
final class AgencySegmenter {
    static final String AGENCY_NATURE = AgencyDictionary.NATURE;
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final ThreadLocal<Segment> segment;
    /** Without organisation recognition: for looking inside a recognised organisation's name. */
    private final ThreadLocal<Segment> plain;

    private AgencySegmenter(DynamicCustomDictionary dictionary) {
        BUILDS.incrementAndGet();
        this.segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(true)
                .enableOffset(true));
        this.plain = ThreadLocal.withInitial(() -> HanLP.newSegment().enableCustomDictionary(dictionary).enableOffset(true));
        // loads the models now, on the thread that builds this, rather than on whichever plan comes first
        segment.get();
    }

    static AgencySegmenter get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final AgencySegmenter INSTANCE = new AgencySegmenter(AgencyDictionary.get());
    }

    /** How many times the segmenter was built in this process: once, whatever the number of plans. */
    static int builds() {
        return BUILDS.get();
    }

    /** The words of a text with their offsets in it. */
    List<Term> segment(String text) {
        return segment.get().seg(text);
    }

    /** The words of a text without organisation recognition, so that a recognised name can be taken apart. */
    List<Term> segmentPlain(String text) {
        return plain.get().seg(text);
    }
}
