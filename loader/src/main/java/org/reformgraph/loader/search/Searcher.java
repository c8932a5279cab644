package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * Ranked search over the index: the text is read as {@link PlainQuery} reads it, hits are grouped by resource (a
 * measure matches by its text and by its title, an agency in every plan graph that names it), ranked by their best
 * literal's score, and given a label and a highlighted snippet.
 */
public final class Searcher {
    /** The most literals one search looks at; enough for every measure of a 1,000-plan corpus naming a reform. */
    static final int MAX_DOCUMENTS = 50_000;
    private static final Set<String> LABELS = Set.of(DCTerms.title.getURI(), SKOS.prefLabel.getURI(), RDFS.label.getURI());

    private final SearcherManager searchers;
    private final Analyzer analyzer;

    private final PlainQuery.Mode mode;

    Searcher(SearcherManager searchers, Analyzer analyzer, PlainQuery.Mode mode) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.mode = mode;
    }

    public SearchResults search(SearchRequest request) {
        long start = System.nanoTime();
        Query text = parse(request.text());
        // only literals' documents, whatever the text says (*:* would also match the fingerprints)
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(IndexFields.URI_KEY), BooleanClause.Occur.FILTER);
        if (request.plan() != null) {
            query.add(new TermQuery(new Term(IndexFields.PLAN, request.plan())), BooleanClause.Occur.FILTER);
        }
        if (request.type() != null) {
            query.add(new TermQuery(new Term(IndexFields.KIND, request.type().name())), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, Found> found = group(searcher, query.build());
                List<SearchHit> hits = new ArrayList<>();
                Snippets snippets = new Snippets(text, analyzer);
                found.values().stream().skip(request.offset()).limit(request.limit())
                        .forEach(hit -> hits.add(hit.toHit(searcher, snippets)));
                return new SearchResults(request.text(), found.size(), (System.nanoTime() - start) / 1_000_000, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the text index", e);
        }
    }

    /**
     * The resources found, best first, each with its best-scoring literal. Reads only the subjects' doc values, in
     * document order as doc values must be read, so that a query matching thousands of literals stays fast.
     */
    private static Map<String, Found> group(IndexSearcher searcher, Query query) throws IOException {
        int most = Math.max(1, Math.min(MAX_DOCUMENTS, searcher.getIndexReader().maxDoc()));
        ScoreDoc[] docs = searcher.search(query, most).scoreDocs;
        String[] subjects = subjects(searcher, docs);
        Map<String, Found> found = new LinkedHashMap<>();
        for (int i = 0; i < docs.length; i++) {
            found.putIfAbsent(subjects[i], new Found(docs[i].doc, docs[i].score));
        }
        return found;
    }

    private static String[] subjects(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] subjects = new String[docs.length];
        int leafIndex = -1;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int leaf = ReaderUtil.subIndex(docs[i].doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getSorted(leaves.get(leaf).reader(), IndexFields.URI_KEY);
            }
            int local = docs[i].doc - leaves.get(leaf).docBase;
            subjects[i] = values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : "doc:" + docs[i].doc;
        }
        return subjects;
    }

    /** The user's text as a query on the text field; text Lucene cannot parse is searched for as one phrase. */
    Query parse(String text) {
        QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer);
        try {
            return parser.parse(PlainQuery.toLucene(text, analyzer, mode));
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse('"' + QueryParserBase.escape(text) + '"');
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot search for '" + text + "': " + again.getMessage(), again);
            }
        }
    }

    private record Found(int doc, float score) {
        SearchHit toHit(IndexSearcher searcher, Snippets snippets) {
            Document best;
            try {
                best = searcher.storedFields().document(doc);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the text index", e);
            }
            String iri = best.get(IndexFields.URI);
            return new SearchHit(iri, best.get(IndexFields.KIND), best.get(IndexFields.PLAN), label(searcher, iri, best), score,
                    snippets.of(best.get(IndexFields.TEXT)));
        }

        /** A title or preferred label of the resource; else the start of the literal that matched. */
        private static String label(IndexSearcher searcher, String iri, Document best) {
            if (LABELS.contains(best.get(IndexFields.PREDICATE))) {
                return best.get(IndexFields.TEXT);
            }
            try {
                ScoreDoc[] all = searcher.search(new TermQuery(new Term(IndexFields.URI, iri)), 50).scoreDocs;
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc doc : all) {
                    Document document = stored.document(doc.doc);
                    if (LABELS.contains(document.get(IndexFields.PREDICATE))) {
                        return document.get(IndexFields.TEXT);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the text index", e);
            }
            String text = best.get(IndexFields.TEXT);
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }
}
