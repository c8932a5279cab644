package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * One pass bringing the index in step with the store: each named graph's indexed literals are fingerprinted; a graph
 * whose fingerprint the index does not hold has its documents deleted and added again, a graph the store no longer
 * has loses its documents, and the others are not touched. The fingerprints are kept in the Lucene commit itself (its
 * user data), so documents and fingerprints are committed together: a crash leaves the index as it was before the
 * pass, never half-way, and no search can ever match a fingerprint.
 */
public final class IndexSync {
    /** Commit user data keys of fingerprints: this prefix and the graph's IRI. */
    static final String FINGERPRINT_KEY = "graph:";

    private final TextIndexLucene index;
    private IndexWriter writer;

    IndexSync(TextIndexLucene index) {
        this.index = index;
    }

    /** What a pass did: graphs (re)indexed, removed, left alone, documents written, and how long it took. */
    public record Report(int indexed, int removed, int unchanged, long documents, Duration took) {
        public boolean changed() {
            return indexed + removed > 0;
        }

        @Override
        public String toString() {
            return String.format("text index: %d graphs indexed, %d removed, %d unchanged, %d documents (%.1f s)", indexed,
                    removed, unchanged, documents, took.toMillis() / 1000.0);
        }
    }

    /** Runs the pass; if it fails, what it wrote is rolled back and the index stays as last committed. */
    Report run(DatasetGraph dataset) {
        writer = index.getIndexWriter();
        try {
            return pass(dataset);
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    private Report pass(DatasetGraph dataset) {
        long start = System.nanoTime();
        Map<String, String> committed = committedData();
        Map<String, String> data = new HashMap<>(committed);
        Set<String> seen = new HashSet<>();
        int[] counts = new int[3];
        long[] documents = {0};
        Runnable pass = () -> {
            Iterator<Node> graphs = dataset.listGraphNodes();
            while (graphs.hasNext()) {
                Node graph = graphs.next();
                if (!graph.isURI()) {
                    continue;
                }
                GraphText text = GraphText.read(dataset, graph);
                seen.add(text.graph());
                if (text.fingerprint().equals(committed.get(FINGERPRINT_KEY + text.graph()))) {
                    counts[2]++;
                    continue;
                }
                replace(text);
                data.put(FINGERPRINT_KEY + text.graph(), text.fingerprint());
                documents[0] += text.literals().size();
                counts[0]++;
            }
        };
        if (dataset.isInTransaction()) {
            pass.run();
        } else {
            Txn.executeRead(dataset, pass);
        }
        for (String key : committed.keySet()) {
            String graph = key.startsWith(FINGERPRINT_KEY) ? key.substring(FINGERPRINT_KEY.length()) : null;
            if (graph != null && !seen.contains(graph)) {
                delete(graph);
                data.remove(key);
                counts[1]++;
            }
        }
        try {
            if (counts[0] + counts[1] > 0) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the text index", e);
        }
        return new Report(counts[0], counts[1], counts[2], documents[0], Duration.ofNanos(System.nanoTime() - start));
    }

    /** The user data of the last commit: the index's layout and analyzer, and every graph's fingerprint. */
    private Map<String, String> committedData() {
        try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
            return Map.copyOf(reader.getIndexCommit().getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index's fingerprints", e);
        }
    }

    private void replace(GraphText text) {
        try {
            delete(text.graph());
            for (IndexedLiteral literal : text.literals()) {
                writer.addDocument(document(literal));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the graph " + text.graph(), e);
        }
    }

    private void delete(String graph) {
        try {
            writer.deleteDocuments(new Term(IndexFields.GRAPH, graph));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the graph " + graph + " from the text index", e);
        }
    }

    /** The document jena-text expects for one literal, plus the fields the REST search filters and answers with. */
    static Document document(IndexedLiteral literal) {
        Document doc = new Document();
        doc.add(new Field(IndexFields.URI, literal.subject(), TextIndexLucene.ftIRI));
        doc.add(new SortedDocValuesField(IndexFields.URI_KEY, new BytesRef(literal.subject())));
        doc.add(new Field(IndexFields.GRAPH, literal.graph(), TextIndexLucene.ftIRI));
        doc.add(new TextField(IndexFields.TEXT, literal.text(), Field.Store.YES));
        if (!literal.lang().isEmpty()) {
            doc.add(new StringField(IndexFields.LANG, literal.lang(), Field.Store.YES));
        }
        doc.add(new StringField(IndexFields.KIND, literal.kind().name(), Field.Store.YES));
        if (literal.plan() != null) {
            doc.add(new StringField(IndexFields.PLAN, literal.plan(), Field.Store.YES));
        }
        doc.add(new StoredField(IndexFields.PREDICATE, literal.predicate()));
        return doc;
    }
}
