package org.reformgraph.loader.outline;

import java.util.HashSet;
import java.util.Set;

/** Character-bigram overlap: how much of one text's wording recurs in another. */
final class Bigrams {
    private Bigrams() {
    }

    static Set<String> of(String text) {
        Set<String> grams = new HashSet<>();
        String t = text.replaceAll("\\s+", "");
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }

    /** The share of {@code part}'s bigrams found in {@code whole}: 1 when all of it recurs there, 0 for nothing. */
    static double containment(String part, String whole) {
        Set<String> a = of(part);
        if (a.isEmpty()) {
            return 0;
        }
        Set<String> b = of(whole);
        long common = a.stream().filter(b::contains).count();
        return (double) common / a.size();
    }
}
