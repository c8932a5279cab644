package org.reformgraph.loader.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/** Another analyzer with traditional characters folded to simplified ones before it sees the text. */
final class FoldedAnalyzer extends AnalyzerWrapper {
    private final Analyzer delegate;

    FoldedAnalyzer(Analyzer delegate) {
        super(delegate.getReuseStrategy());
        this.delegate = delegate;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new SimplifiedFolding(reader);
    }
}
