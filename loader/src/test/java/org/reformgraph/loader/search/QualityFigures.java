package org.reformgraph.loader.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well an index answers the judged queries: per query, the measures it found (in rank order) against those a
 * reader expects; over all queries, mean recall, micro-averaged precision (all relevant found / all found) and mean
 * reciprocal rank of the first relevant measure.
 */
record QualityFigures(ChineseAnalyzer analyzer, PlainQuery.Mode mode, List<PerQuery> queries, long indexMillis) {
    record PerQuery(String query, int relevant, int found, int relevantFound, int firstRelevantRank) {
        double recall() {
            return relevant == 0 ? 1 : (double) relevantFound / relevant;
        }

        double reciprocalRank() {
            return firstRelevantRank == 0 ? 0 : 1.0 / firstRelevantRank;
        }
    }

    static QualityFigures evaluate(ChineseAnalyzer analyzer, PlainQuery.Mode mode, Searcher searcher, JudgedQueries judged, long indexMillis) {
        List<PerQuery> queries = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : judged.relevant().entrySet()) {
            List<SearchHit> hits = searcher.search(new SearchRequest(entry.getKey(), SearchRequest.MAX_LIMIT, 0, null,
                    Kind.Measure)).hits();
            int relevantFound = 0;
            int first = 0;
            for (int rank = 1; rank <= hits.size(); rank++) {
                if (entry.getValue().contains(hits.get(rank - 1).iri())) {
                    relevantFound++;
                    if (first == 0) {
                        first = rank;
                    }
                }
            }
            queries.add(new PerQuery(entry.getKey(), entry.getValue().size(), hits.size(), relevantFound, first));
        }
        return new QualityFigures(analyzer, mode, List.copyOf(queries), indexMillis);
    }

    boolean isDefault() {
        return analyzer == ChineseAnalyzer.DEFAULT && mode == PlainQuery.DEFAULT_MODE;
    }

    String name() {
        return analyzer.id() + ", " + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    double recall() {
        return queries.stream().mapToDouble(PerQuery::recall).average().orElse(0);
    }

    double precision() {
        int found = queries.stream().mapToInt(PerQuery::found).sum();
        int relevantFound = queries.stream().mapToInt(PerQuery::relevantFound).sum();
        return found == 0 ? 0 : (double) relevantFound / found;
    }

    double mrr() {
        return queries.stream().mapToDouble(PerQuery::reciprocalRank).average().orElse(0);
    }

    /** Queries for which not one relevant measure was found. */
    long misses() {
        return queries.stream().filter(q -> q.relevantFound() == 0).count();
    }
}
