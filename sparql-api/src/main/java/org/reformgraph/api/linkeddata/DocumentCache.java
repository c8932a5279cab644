package org.reformgraph.api.linkeddata;

import java.util.function.Supplier;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.api.named.ResultCache;

/**
 * Rendered descriptions and pages, kept until the data changes (the named queries' cache, separately bounded), so that
 * a page visited twice is built once. A page costs a dozen queries; a popular one (a plan, the ontology) is asked
 * for far more often than the data changes.
 */
public final class DocumentCache {
    private static final int DOCUMENTS = 1024;
    private static final int LARGEST_DOCUMENT = 2 * 1024 * 1024;

    private final ResultCache cache;

    public DocumentCache(DataVersion version) {
        this.cache = new ResultCache(version, DOCUMENTS, LARGEST_DOCUMENT);
    }

    /** The document for {@code key} (an IRI and a format), from the cache or from {@code render}. */
    public ResultCache.Answer get(String key, Supplier<ResultCache.Answer> render) {
        return cache.get(key, render);
    }
}
