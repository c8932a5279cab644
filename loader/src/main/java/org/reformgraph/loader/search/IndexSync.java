package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 *
 * <p>The full pass reads every graph, so it costs the corpus even when nothing changed; a targeted pass reads only the
 * graphs a caller says it wrote or removed (a load knows them), so it costs what changed. A graph changed behind the
 * index's back is seen only by the next full pass.
 */
public final class IndexSync {
    /** Commit user data keys of fingerprints: this prefix and the graph's IRI. */
    static final String FINGERPRINT_KEY = "graph:";

    /** Threads of a pass: segmenting text with HanLP is its cost, and Lucene's writer takes documents from several. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

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

        /** Graphs whose text was read from the store: the cost of the pass. */
        public int read() {
            return indexed + unchanged;
        }

        @Override
        public String toString() {
            return String.format("text index: %d graphs indexed, %d removed, %d unchanged, %d documents (%.1f s)", indexed,
                    removed, unchanged, documents, took.toMillis() / 1000.0);
        }
    }

    /** Runs the pass; if it fails, what it wrote is rolled back and the index stays as last committed. */
    Report run(DatasetGraph dataset) {
        return rolledBackOnFailure(() -> pass(dataset));
    }

    /**
     * A targeted pass: only {@code graphs} (IRIs) are read; one the store no longer holds loses its documents. The
     * other graphs are trusted to be as the index last saw them.
     */
    Report run(DatasetGraph dataset, Collection<String> graphs) {
        return rolledBackOnFailure(() -> targeted(dataset, Set.copyOf(graphs)));
    }

    private Report rolledBackOnFailure(java.util.function.Supplier<Report> pass) {
        writer = index.getIndexWriter();
        try {
            return pass.get();
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    /** The graphs the last commit holds fingerprints of. */
    static Set<String> indexedGraphs(Map<String, String> committed) {
        Set<String> graphs = new HashSet<>();
        for (String key : committed.keySet()) {
            if (key.startsWith(FINGERPRINT_KEY)) {
                graphs.add(key.substring(FINGERPRINT_KEY.length()));
            }
        }
        return graphs;
    }

    private Report targeted(DatasetGraph dataset, Set<String> graphs) {
        Pass pass = new Pass();
        bringInStep(dataset, List.copyOf(graphs), pass);
        return pass.commit();
    }

    private Report pass(DatasetGraph dataset) {
        Pass pass = new Pass();
        List<String> graphs = new ArrayList<>();
        inRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(graph -> {
            if (graph.isURI()) {
                graphs.add(graph.getURI());
            }
        }));
        bringInStep(dataset, graphs, pass);
        Set<String> seen = new HashSet<>(graphs);
        indexedGraphs(pass.committed).stream().filter(graph -> !seen.contains(graph)).forEach(pass::remove);
        return pass.commit();
    }

    /**
     * Brings the graphs in step on {@link #THREADS} threads, each reading in a read transaction of its own; in the
     * caller's transaction instead when it has one, since a transaction belongs to its thread. A graph is always read
     * and indexed whole by one thread, so its documents and its fingerprint are of one snapshot.
     */
    private void bringInStep(DatasetGraph dataset, List<String> graphs, Pass pass) {
        int threads = Math.min(THREADS, graphs.size());
        if (dataset.isInTransaction() || threads < 2) {
            inRead(dataset, () -> graphs.forEach(graph -> pass.bringInStep(dataset, graph)));
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> Txn.executeRead(dataset, () -> {
            for (int i = next.getAndIncrement(); i < graphs.size(); i = next.getAndIncrement()) {
                pass.bringInStep(dataset, graphs.get(i));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "text-index-sync");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(worker));
            }
            RuntimeException failure = null;
            for (Future<?> running : workers) {
                try {
                    running.get();
                } catch (ExecutionException e) {
                    next.set(graphs.size()); // the others stop after their current graph
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next.set(graphs.size());
            throw new IllegalStateException("interrupted while indexing", e);
        } finally {
            // never shutdownNow: an interrupt inside a TDB2 read closes the store's file channels
            pool.shutdown();
        }
    }

    /** Runs inside the caller's transaction, if it has one (a load syncs before it commits), else in a read. */
    private static void inRead(DatasetGraph dataset, Runnable work) {
        if (dataset.isInTransaction()) {
            work.run();
        } else {
            Txn.executeRead(dataset, work);
        }
    }

    /** One pass's changes: documents written and removed, and the fingerprints to commit with them. */
    private final class Pass {
        final long start = System.nanoTime();
        final Map<String, String> committed = committedData();
        final Map<String, String> data = new ConcurrentHashMap<>(committed);
        final AtomicInteger indexed = new AtomicInteger();
        final AtomicInteger removed = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicLong documents = new AtomicLong();

        /** One graph: indexed again when its text changed, removed when the store no longer has it. */
        void bringInStep(DatasetGraph dataset, String iri) {
            Node graph = NodeFactory.createURI(iri);
            if (!dataset.containsGraph(graph)) {
                if (committed.containsKey(FINGERPRINT_KEY + iri)) {
                    remove(iri);
                }
                return;
            }
            GraphText text = GraphText.read(dataset, graph);
            if (text.fingerprint().equals(committed.get(FINGERPRINT_KEY + iri))) {
                unchanged.incrementAndGet();
                return;
            }
            replace(text);
            data.put(FINGERPRINT_KEY + iri, text.fingerprint());
            documents.addAndGet(text.literals().size());
            indexed.incrementAndGet();
        }

        void remove(String graph) {
            delete(graph);
            data.remove(FINGERPRINT_KEY + graph);
            removed.incrementAndGet();
        }

        Report commit() {
            if (indexed.get() + removed.get() > 0) {
                try {
                    writer.setLiveCommitData(data.entrySet());
                    writer.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot commit the text index", e);
                }
            }
            return new Report(indexed.get(), removed.get(), unchanged.get(), documents.get(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The user data of the last commit: the index's layout and analyzer, and every graph's fingerprint. */
    Map<String, String> committedData() {
        if (writer == null) {
            writer = index.getIndexWriter();
        }
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
