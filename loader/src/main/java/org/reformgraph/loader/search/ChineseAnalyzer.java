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
    HANLP(() -> new HanLpAnalyzer(true), () -> new HanLpAnalyzer(false)),
    /** Lucene's SmartChinese (a hidden Markov model over its own dictionary). */
    SMARTCN(() -> new FoldedAnalyzer(new SmartChineseAnalyzer()), null),
    /** Overlapping pairs of characters: no dictionary, so nothing is missed by a wrong cut. */
    CJK(() -> new FoldedAnalyzer(new CJKAnalyzer()), null);

    public static final ChineseAnalyzer DEFAULT = HANLP;

    private final Supplier<Analyzer> factory;
    private final Supplier<Analyzer> queryFactory;

    /** @param queryFactory the analyzer of query text when it differs from the indexing one, else null */
    ChineseAnalyzer(Supplier<Analyzer> factory, Supplier<Analyzer> queryFactory) {
        this.factory = factory;
        this.queryFactory = queryFactory == null ? factory : queryFactory;
    }

    /** The analyzer of indexed text. */
    public Analyzer create() {
        return factory.get();
    }

    /** The analyzer of query text (and of the text a snippet is cut from). */
    public Analyzer createForQuery() {
        return queryFactory.get();
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
