package org.reformgraph.loader.search;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The analyzers the index can segment Chinese with, all folding traditional to simplified characters. Which one is
 * the default was decided by the judged queries of {@code SearchQualityTest} (docs/BENCHMARKS.md, Search quality).
 */
public enum ChineseAnalyzer {
    /** HanLP's words, with the loader's agency dictionary. */
    HANLP(HanLpAnalyzer::new),
    /** Lucene's SmartChinese (a hidden Markov model over its own dictionary). */
    SMARTCN(() -> new FoldedAnalyzer(new SmartChineseAnalyzer())),
    /** Overlapping pairs of characters: no dictionary, so nothing is missed by a wrong cut. */
    CJK(() -> new FoldedAnalyzer(new CJKAnalyzer()));

    public static final ChineseAnalyzer DEFAULT = HANLP;

    private final Supplier<Analyzer> factory;

    ChineseAnalyzer(Supplier<Analyzer> factory) {
        this.factory = factory;
    }

    public Analyzer create() {
        return factory.get();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChineseAnalyzer parse(String id) {
        for (ChineseAnalyzer analyzer : values()) {
            if (analyzer.id().equalsIgnoreCase(id.trim())) {
                return analyzer;
            }
        }
        throw new IllegalArgumentException("unknown analyzer '" + id + "': expected hanlp, smartcn or cjk");
    }
}
