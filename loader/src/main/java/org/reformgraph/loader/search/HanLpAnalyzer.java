package org.reformgraph.loader.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** HanLP's segmentation of text folded to simplified characters. */
final class HanLpAnalyzer extends Analyzer {
    private final boolean indexMode;

    /** @param indexMode for indexing: the words inside longer words too, at their positions (see HanLpTokenizer) */
    HanLpAnalyzer(boolean indexMode) {
        this.indexMode = indexMode;
    }
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer(indexMode));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new SimplifiedFolding(reader);
    }
}
