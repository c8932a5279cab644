package org.reformgraph.loader.tag;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate reform types collected from a set of plans: what pass 1 of a multi-plan load produces and pass 2
 * searches for, quoted or not, in every plan. Immutable; {@link #plus} merges.
 */
public final class CandidateTerms {
    private static final CandidateTerms EMPTY = new CandidateTerms(Map.of());
    private final Map<String, CandidateTerm> byKey;

    private CandidateTerms(Map<String, CandidateTerm> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    public static CandidateTerms empty() {
        return EMPTY;
    }

    public static CandidateTerms of(Collection<CandidateTerm> terms) {
        return EMPTY.plus(terms);
    }

    /** These terms and {@code more}; for a key already present the first label seen is kept. */
    public CandidateTerms plus(Collection<CandidateTerm> more) {
        Map<String, CandidateTerm> merged = new LinkedHashMap<>(byKey);
        for (CandidateTerm term : more) {
            merged.putIfAbsent(term.key(), term);
        }
        return new CandidateTerms(merged);
    }

    public CandidateTerms plus(CandidateTerms more) {
        return plus(more.byKey.values());
    }

    public Collection<CandidateTerm> terms() {
        return byKey.values();
    }

    public Optional<CandidateTerm> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public int size() {
        return byKey.size();
    }
}
