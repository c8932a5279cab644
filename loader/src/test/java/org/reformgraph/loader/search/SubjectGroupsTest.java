package org.reformgraph.loader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Grouping hits by subject gives what ranking every literal and keeping each subject's best would give. */
class SubjectGroupsTest {
    private static final String[] WORDS = {"证照", "分离", "带押", "过户", "一网", "通办", "企业", "开办"};

    /** Literals of 40 subjects spread over four segments, so one subject's literals sit in several. */
    private static ByteBuffersDirectory index(int segments) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Random random = new Random(7);
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int segment = 0; segment < segments; segment++) {
                for (int i = 0; i < 150; i++) {
                    String subject = "urn:s" + random.nextInt(40);
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 1 + random.nextInt(12); w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    Document doc = new Document();
                    doc.add(new StringField(IndexFields.URI, subject, Field.Store.YES));
                    doc.add(new SortedDocValuesField(IndexFields.URI_KEY, new BytesRef(subject)));
                    doc.add(new TextField(IndexFields.TEXT, text.toString(), Field.Store.YES));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return directory;
    }

    /** The plain way: every literal ranked, each subject at its best literal's score; equal scores in IRI order. */
    private static Map<String, Float> reference(IndexSearcher searcher, Query query) throws IOException {
        Map<String, Float> best = new java.util.HashMap<>();
        for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) {
            best.putIfAbsent(searcher.storedFields().document(hit.doc).get(IndexFields.URI), hit.score);
        }
        Map<String, Float> found = new LinkedHashMap<>();
        best.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    private static Map<String, Float> grouped(IndexSearcher searcher, Query query) throws IOException {
        SubjectGroups.Found found = SubjectGroups.of(searcher.getIndexReader()).find(searcher, query);
        Map<String, Float> byIri = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            byIri.put(searcher.storedFields().document(found.bestDocs()[i]).get(IndexFields.URI), found.bestScores()[i]);
        }
        return byIri;
    }

    private static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (String word : WORDS) {
            queries.add(new TermQuery(new Term(IndexFields.TEXT, word)));
        }
        queries.add(new PhraseQuery(IndexFields.TEXT, "证照", "分离"));
        queries.add(new BooleanQuery.Builder()
                .add(new PhraseQuery(IndexFields.TEXT, "带押", "过户"), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.TEXT, "带押")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.TEXT, "过户")), BooleanClause.Occur.SHOULD).build());
        queries.add(new TermQuery(new Term(IndexFields.TEXT, "跨省")));
        return queries;
    }

    @Test
    void acrossSegmentsTheOrderAndScoresAreThoseOfRankingEveryLiteral() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index(4))) {
            assertEquals(4, reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query query : queries()) {
                Map<String, Float> expected = reference(searcher, query);
                Map<String, Float> actual = grouped(searcher, query);
                assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()), query.toString());
            }
        }
    }

    @Test
    void inOneSegmentToo() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index(1))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new TermQuery(new Term(IndexFields.TEXT, "企业"));
            Map<String, Float> actual = grouped(searcher, query);
            assertTrue(actual.size() > 10, actual.toString());
            assertEquals(new ArrayList<>(reference(searcher, query).entrySet()), new ArrayList<>(actual.entrySet()));
        }
    }

    @Test
    void nothingFoundIsAnEmptyAnswer() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index(2))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(0, SubjectGroups.of(reader).find(searcher, new TermQuery(new Term(IndexFields.TEXT, "跨省"))).size());
        }
    }
}
