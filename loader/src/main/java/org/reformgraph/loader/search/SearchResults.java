package org.reformgraph.loader.search;

import java.util.List;

/** A page of hits; {@code total} counts every resource found, not only this page's. */
public record SearchResults(String query, long total, long tookMs, List<SearchHit> hits) {
}
