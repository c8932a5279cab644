package org.reformgraph.loader.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** HanLP's segmentation of text folded to simplified characters. */
final class HanLpAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer());
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new SimplifiedFolding(reader);
    }
}
