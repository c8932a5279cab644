package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Ranked search over the index: the text is read as {@link PlainQuery} reads it, hits are grouped by resource (a
 * measure matches by its text and by its title, an agency in every plan graph that names it; see
 * {@link SubjectGroups}), ranked by their best literal's score, and the page shown given labels and highlighted
 * snippets.
 */
public final class Searcher {
    private static final Set<String> LABELS = Set.of(DCTerms.title.getURI(), SKOS.prefLabel.getURI(), RDFS.label.getURI());

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final PlainQuery.Mode mode;
    /**
     * The subjects' ordinals of the reader searched last; rebuilt when the manager hands out a new reader. Threads
     * racing on a new reader may both build them: the same map either way.
     */
    private volatile SubjectGroups groups;

    Searcher(SearcherManager searchers, Analyzer analyzer, PlainQuery.Mode mode) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.mode = mode;
    }

    /**
     * Reads the subjects' ordinals of the index as it is now, ahead of the next search: for a server after each sync,
     * so no request pays for a new reader's. A load that only writes the index never needs them.
     */
    public void prepare() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                groupsOf(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
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
                SubjectGroups.Found found = groupsOf(searcher.getIndexReader()).find(searcher, query.build());
                int from = (int) Math.min(found.size(), request.offset());
                int to = (int) Math.min(found.size(), (long) from + request.limit());
                List<SearchHit> hits = page(searcher, found, from, to, new Snippets(text));
                return new SearchResults(request.text(), found.size(), (System.nanoTime() - start) / 1_000_000, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the text index", e);
        }
    }

    private SubjectGroups groupsOf(IndexReader reader) throws IOException {
        SubjectGroups current = groups;
        if (current == null || !current.isFor(reader)) {
            current = SubjectGroups.of(reader);
            groups = current;
        }
        return current;
    }

    /** The hits of one page: each best literal's stored fields, and the labels of them all read with one query. */
    private static List<SearchHit> page(IndexSearcher searcher, SubjectGroups.Found found, int from, int to,
                                        Snippets snippets) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Document> best = new ArrayList<>(to - from);
        Set<String> unlabelled = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            Document document = stored.document(found.bestDocs()[i]);
            best.add(document);
            if (!LABELS.contains(document.get(IndexFields.PREDICATE))) {
                unlabelled.add(document.get(IndexFields.URI));
            }
        }
        Map<String, String> labels = labels(searcher, unlabelled);
        List<SearchHit> hits = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            Document document = best.get(i);
            String iri = document.get(IndexFields.URI);
            String text = document.get(IndexFields.TEXT);
            String label = LABELS.contains(document.get(IndexFields.PREDICATE)) ? text
                    : labels.getOrDefault(iri, text.length() <= 40 ? text : text.substring(0, 40) + "…");
            hits.add(new SearchHit(iri, document.get(IndexFields.KIND), document.get(IndexFields.PLAN), label,
                    found.bestScores()[from + i], snippets.of(text)));
        }
        return hits;
    }

    /** A title or preferred label of each resource that has one: its first in index order. */
    private static Map<String, String> labels(IndexSearcher searcher, Set<String> iris) throws IOException {
        Map<String, String> labels = new HashMap<>();
        if (iris.isEmpty()) {
            return labels;
        }
        List<BytesRef> terms = iris.stream().map(BytesRef::new).toList();
        List<Integer> docs = new ArrayList<>();
        searcher.search(new TermInSetQuery(IndexFields.URI, terms), new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        docs.sort(null);
        StoredFields stored = searcher.storedFields();
        for (int doc : docs) {
            Document document = stored.document(doc);
            if (LABELS.contains(document.get(IndexFields.PREDICATE))) {
                labels.putIfAbsent(document.get(IndexFields.URI), document.get(IndexFields.TEXT));
            }
        }
        return labels;
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
}
