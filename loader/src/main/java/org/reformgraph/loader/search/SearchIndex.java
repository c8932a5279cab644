package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a dataset: a jena-text Lucene index in {@code <db>/text-index/}, beside TDB2's {@code Data-*}
 * folders. It is brought in step with the store by {@link #sync(DatasetGraph)} and searched by {@link #searcher()}
 * or, once {@link #register(DatasetGraph) registered}, by {@code text:query} in SPARQL.
 *
 * <p>An index that cannot be read (damaged, from another analyzer or an older layout) is deleted and rebuilt, with a
 * log line: it holds nothing the store does not, so it is never worth failing for.
 */
public final class SearchIndex implements AutoCloseable {
    public static final String FOLDER = "text-index";
    /** Bump when the documents' layout changes: an index of another layout is rebuilt. */
    static final String LAYOUT = "4";
    private static final String LAYOUT_KEY = "reformgraph.layout";
    private static final String ANALYZER_KEY = "reformgraph.analyzer";
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final Path folder;
    private final ChineseAnalyzer analyzerKind;
    private final Analyzer analyzer;
    private final Analyzer queryAnalyzer;
    private final ChineseTextIndex textIndex;
    private final SearcherManager searchers;
    /** One for all requests: it keeps the subjects' ordinals of the current reader (see {@link SubjectGroups}). */
    private final Searcher searcher;
    private final boolean fresh;
    private final PlainQuery.Mode mode;

    private SearchIndex(Path folder, Directory directory, ChineseAnalyzer analyzerKind, PlainQuery.Mode mode, boolean fresh)
            throws IOException {
        this.folder = folder;
        this.mode = mode;
        this.analyzerKind = analyzerKind;
        this.analyzer = analyzerKind.create();
        this.queryAnalyzer = analyzerKind.createForQuery();
        TextIndexConfig config = new TextIndexConfig(IndexFields.entityDefinition());
        config.setAnalyzer(analyzer);
        config.setQueryAnalyzer(queryAnalyzer);
        config.setValueStored(true);
        this.textIndex = new ChineseTextIndex(directory, config, mode);
        Map<String, String> data = new HashMap<>(committedData(directory));
        this.fresh = fresh || data.keySet().stream().noneMatch(key -> key.startsWith(IndexSync.FINGERPRINT_KEY));
        data.put(LAYOUT_KEY, LAYOUT);
        data.put(ANALYZER_KEY, analyzerKind.id());
        IndexWriter writer = textIndex.getIndexWriter();
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        this.searchers = new SearcherManager(directory, null);
        this.searcher = new Searcher(searchers, queryAnalyzer, mode);
    }

    /** The index folder of the TDB2 dataset in {@code db}. */
    public static Path folderOf(Path db) {
        return db.resolve(FOLDER);
    }

    /** Opens the index of the dataset in {@code db} with the default analyzer, creating or rebuilding it as needed. */
    public static SearchIndex open(Path db) {
        return open(db, ChineseAnalyzer.DEFAULT);
    }

    public static SearchIndex open(Path db, ChineseAnalyzer analyzer) {
        Path folder = folderOf(db);
        String problem = problemWith(folder, analyzer);
        if (problem != null) {
            LOG.warn("The text index {} {}: rebuilding it from the store", folder, problem);
            delete(folder);
        }
        try {
            Files.createDirectories(folder);
            return new SearchIndex(folder, FSDirectory.open(folder), analyzer, PlainQuery.DEFAULT_MODE, problem != null);
        } catch (IOException | TextIndexException e) {
            LOG.warn("The text index {} cannot be opened ({}): rebuilding it from the store", folder, e.toString());
            delete(folder);
            try {
                Files.createDirectories(folder);
                return new SearchIndex(folder, FSDirectory.open(folder), analyzer, PlainQuery.DEFAULT_MODE, true);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot create the text index " + folder, again);
            }
        }
    }

    /**
     * Opens the index of the TDB2 dataset in {@code db}, brings it in step with {@code dataset} and closes it: what
     * the command line does after every load and compaction.
     */
    public static IndexSync.Report update(Path db, DatasetGraph dataset) {
        try (SearchIndex index = open(db)) {
            return index.sync(dataset);
        }
    }

    /**
     * As {@link #update(Path, DatasetGraph)}, reading only {@code graphs}: what the command line does after a load,
     * which knows the plan graphs it wrote.
     */
    public static IndexSync.Report update(Path db, DatasetGraph dataset, Collection<String> graphs) {
        try (SearchIndex index = open(db)) {
            return index.fresh() ? index.sync(dataset) : index.sync(dataset, graphs);
        }
    }

    /**
     * Opens the index and checks it is in step without reading the corpus: what the command line does after a
     * compaction, which changes no content. See {@link #check(DatasetGraph)}.
     */
    public static IndexSync.Report check(Path db, DatasetGraph dataset) {
        try (SearchIndex index = open(db)) {
            return index.check(dataset);
        }
    }

    /** An index in memory, for a dataset with no folder (an in-memory TDB2, tests). */
    public static SearchIndex inMemory(ChineseAnalyzer analyzer) {
        return inMemory(analyzer, PlainQuery.DEFAULT_MODE);
    }

    /** As {@link #inMemory(ChineseAnalyzer)}, reading plain queries in {@code mode}: to compare modes. */
    public static SearchIndex inMemory(ChineseAnalyzer analyzer, PlainQuery.Mode mode) {
        try {
            return new SearchIndex(null, new ByteBuffersDirectory(), analyzer, mode, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an in-memory text index", e);
        }
    }

    /** Why the index in {@code folder} must be rebuilt, or null when it can be used (or there is none yet). */
    private static String problemWith(Path folder, ChineseAnalyzer analyzer) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return isEmptyFolder(folder) ? null : "holds no readable index";
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!LAYOUT.equals(data.get(LAYOUT_KEY))) {
                    return "has another layout (" + data.get(LAYOUT_KEY) + ", expected " + LAYOUT + ")";
                }
                if (!analyzer.id().equals(data.get(ANALYZER_KEY))) {
                    return "was built with the analyzer " + data.get(ANALYZER_KEY) + ", not " + analyzer.id();
                }
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return "cannot be read (" + e + ")";
        }
    }

    /** The last commit's user data: layout, analyzer and the graphs' fingerprints (see {@link IndexSync}). */
    private static Map<String, String> committedData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the unreadable text index " + folder, e);
        }
    }

    /**
     * Makes {@code text:query} use this index on {@code dataset}: jena-text's property function looks for the index in
     * the query's context, which includes the dataset's. The dataset is not wrapped, so its writes do not go through
     * jena-text (which would index each triple as it is added); {@link #sync} keeps the index in step instead.
     */
    public void register(DatasetGraph dataset) {
        TextQuery.init();
        dataset.getContext().set(TextQuery.textIndex, textIndex);
    }

    /** Brings the index in step with the store, graph by graph; see {@link IndexSync}. */
    public synchronized IndexSync.Report sync(DatasetGraph dataset) {
        IndexSync.Report report = new IndexSync(textIndex).run(dataset);
        refresh();
        return report;
    }

    /**
     * Brings only {@code graphs} (IRIs of graphs written or removed) in step; see {@link IndexSync}. An index that is
     * {@link #fresh()} knows no graph yet, so give it the full pass instead.
     */
    public synchronized IndexSync.Report sync(DatasetGraph dataset, Collection<String> graphs) {
        IndexSync.Report report = new IndexSync(textIndex).run(dataset, graphs);
        refresh();
        return report;
    }

    /**
     * Checks the index is in step by its commit data alone: if it holds a fingerprint for exactly the store's named
     * graphs, nothing is read and an empty report is returned; otherwise (rebuilt on opening, or graphs came or went
     * behind its back) the full pass is run. A graph whose content changed behind its back is not seen here.
     */
    public synchronized IndexSync.Report check(DatasetGraph dataset) {
        long start = System.nanoTime();
        IndexSync sync = new IndexSync(textIndex);
        Set<String> indexed = IndexSync.indexedGraphs(sync.committedData());
        Set<String> stored = new HashSet<>();
        Runnable list = () -> dataset.listGraphNodes().forEachRemaining(graph -> {
            if (graph.isURI()) {
                stored.add(graph.getURI());
            }
        });
        if (dataset.isInTransaction()) {
            list.run();
        } else {
            Txn.executeRead(dataset, list);
        }
        if (indexed.equals(stored)) {
            return new IndexSync.Report(0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        return sync(dataset);
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the text index after an update", e);
        }
    }

    /** Searches the index as of the last sync. */
    public Searcher searcher() {
        return searcher;
    }

    /** True when the index was created empty or rebuilt on opening: it knows nothing until the first sync. */
    public boolean fresh() {
        return fresh;
    }

    public ChineseAnalyzer analyzer() {
        return analyzerKind;
    }

    /** The folder, or null for an index in memory. */
    public Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            LOG.warn("closing the text index searchers: {}", e.toString());
        }
        textIndex.close();
    }
}
