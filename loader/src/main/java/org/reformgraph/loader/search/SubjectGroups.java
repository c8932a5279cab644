package org.reformgraph.loader.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The resources a query finds, best first: every matching literal is collected (no top-N cut), grouped by its
 * subject's ordinal in the {@link IndexFields#URI_KEY} doc values and reduced to the subject's best-scoring literal.
 * Subjects are strings only for the page shown, so a phrase found in ten thousand literals costs ten thousand ordinal
 * look-ups, not ten thousand strings. Ordinals are made index-wide with an {@link OrdinalMap}, built once per reader.
 */
final class SubjectGroups {
    /**
     * The subjects found, ordered by best score, then by IRI (their ordinals' order): not by document, since the
     * documents' order depends on how many threads wrote the index.
     */
    record Found(int[] bestDocs, float[] bestScores) {
        int size() {
            return bestDocs.length;
        }
    }

    private final IndexReader reader;
    private final OrdinalMap ordinals;
    private final int subjects;

    private SubjectGroups(IndexReader reader, OrdinalMap ordinals, int subjects) {
        this.reader = reader;
        this.ordinals = ordinals;
        this.subjects = subjects;
    }

    /** The subjects' ordinals of one reader; a reader with one segment needs no map. */
    static SubjectGroups of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() <= 1) {
            int count = leaves.isEmpty() ? 0 : DocValues.getSorted(leaves.get(0).reader(), IndexFields.URI_KEY).getValueCount();
            return new SubjectGroups(reader, null, count);
        }
        SortedDocValues[] perLeaf = new SortedDocValues[leaves.size()];
        for (int i = 0; i < perLeaf.length; i++) {
            perLeaf[i] = DocValues.getSorted(leaves.get(i).reader(), IndexFields.URI_KEY);
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        OrdinalMap map = OrdinalMap.build(helper == null ? null : helper.getKey(), perLeaf, PackedInts.DEFAULT);
        return new SubjectGroups(reader, map, (int) map.getValueCount());
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    Found find(IndexSearcher searcher, Query query) throws IOException {
        Best best = new Best(subjects);
        searcher.search(query, new Grouping(best));
        return best.ranked();
    }

    /** Each subject's best literal so far, in arrays indexed by global ordinal, with the ordinals touched. */
    private static final class Best {
        final float[] score;
        final int[] doc;
        int[] touched = new int[64];
        int count;

        Best(int subjects) {
            score = new float[subjects];
            doc = new int[subjects];
            Arrays.fill(doc, -1);
        }

        void offer(int ordinal, int globalDoc, float s) {
            if (doc[ordinal] < 0) {
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = ordinal;
                doc[ordinal] = globalDoc;
                score[ordinal] = s;
            } else if (s > score[ordinal] || (s == score[ordinal] && globalDoc < doc[ordinal])) {
                doc[ordinal] = globalDoc;
                score[ordinal] = s;
            }
        }

        Found ranked() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = touched[i];
            }
            Arrays.sort(order, (a, b) -> {
                int byScore = Float.compare(score[b], score[a]);
                return byScore != 0 ? byScore : Integer.compare(a, b);
            });
            int[] docs = new int[count];
            float[] scores = new float[count];
            for (int i = 0; i < count; i++) {
                docs[i] = doc[order[i]];
                scores[i] = score[order[i]];
            }
            return new Found(docs, scores);
        }
    }

    private final class Grouping extends SimpleCollector {
        private final Best best;
        private Scorable scorer;
        private SortedDocValues values;
        private LongValues toGlobal;
        private int docBase;

        Grouping(Best best) {
            this.best = best;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), IndexFields.URI_KEY);
            toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(context.ord);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                best.offer((int) toGlobal.get(values.ordValue()), docBase + doc, scorer.score());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
