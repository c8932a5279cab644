package org.reformgraph.loader.search;

import java.util.List;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.store.Directory;

/**
 * jena-text's Lucene index with one change: a {@code text:query} string without Lucene syntax is read as
 * {@link PlainQuery} reads it (every chunk a phrase), so SPARQL and the REST search find the same measures.
 */
final class ChineseTextIndex extends TextIndexLucene {
    private final PlainQuery.Mode mode;

    ChineseTextIndex(Directory directory, TextIndexConfig config, PlainQuery.Mode mode) {
        super(directory, config);
        this.mode = mode;
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        return super.query(subjectUri, props, PlainQuery.toLucene(qs, getQueryAnalyzer(), mode), graphURI, lang, limit, highlight);
    }
}
