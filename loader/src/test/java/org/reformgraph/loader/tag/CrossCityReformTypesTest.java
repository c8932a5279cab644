package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;

/** The two-pass tagging over the five seed plans, as a multi-plan load runs it, and what it finds shared. */
class CrossCityReformTypesTest {
    private final ReformTypeTagger tagger = ReformTypeTagger.standard();

    private Map<String, Set<String>> citiesBySlug(boolean curatedOnly) {
        CandidateTerms all = CandidateTerms.empty();
        for (String file : SeedTexts.CITY.keySet()) {
            all = all.plus(tagger.candidates(SeedTexts.read(file)));
        }
        Map<String, Set<String>> cities = new TreeMap<>();
        for (Map.Entry<String, String> seed : SeedTexts.CITY.entrySet()) {
            String text = SeedTexts.read(seed.getKey());
            for (ReformTypeOccurrence o : tagger.tag(text, new Span(0, text.length()), all)) {
                if (!curatedOnly || !o.candidate()) {
                    cities.computeIfAbsent(o.conceptSlug() + (o.candidate() ? " (candidate)" : ""),
                            k -> new TreeSet<>()).add(seed.getValue());
                }
            }
        }
        return cities;
    }

    @Test
    void printShared() {
        Map<String, Set<String>> cities = citiesBySlug(false);
        cities.forEach((slug, c) -> {
            if (c.size() >= 2) {
                System.out.println("SHARED " + slug + " " + c);
            }
        });
        CandidateTerms all = CandidateTerms.empty();
        for (String file : SeedTexts.CITY.keySet()) {
            all = all.plus(tagger.candidates(SeedTexts.read(file)));
        }
        for (CandidateTerm t : all.terms()) {
            System.out.print("CAND " + t.label() + "=" + t.slug() + "  ");
        }
        System.out.println();
        for (String file : SeedTexts.CITY.keySet()) {
            String text = SeedTexts.read(file);
            for (ReformTypeOccurrence o : tagger.tag(text, new Span(0, text.length()), all)) {
                if (o.candidate() && !o.quoted()) {
                    System.out.println("UNQUOTED-CAND " + file + " " + o);
                }
            }
        }
        assertTrue(cities.size() > 0);
    }
}
