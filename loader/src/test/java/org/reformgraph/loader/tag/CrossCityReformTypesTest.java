package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;

/**
 * The two-pass tagging over the five seed plans, as a multi-plan load runs it (whole texts stand in for measures),
 * and the reform types it finds in plans of at least two cities. Dongxihu counts for Wuhan.
 */
class CrossCityReformTypesTest {
    private static final ReformTypeTagger TAGGER = ReformTypeTagger.standard();
    private static final Map<String, Set<String>> CITIES = new TreeMap<>();
    private static final Map<String, Map<String, Set<String>>> WORDING = new TreeMap<>();

    @BeforeAll
    static void tagAllSeeds() {
        CandidateTerms pass1 = CandidateTerms.empty();
        for (String file : SeedTexts.CITY.keySet()) {
            pass1 = pass1.plus(TAGGER.candidates(SeedTexts.read(file)));
        }
        for (Map.Entry<String, String> seed : SeedTexts.CITY.entrySet()) {
            String text = SeedTexts.read(seed.getKey());
            for (ReformTypeOccurrence o : TAGGER.tag(text, new Span(0, text.length()), pass1)) {
                CITIES.computeIfAbsent(o.conceptSlug(), k -> new TreeSet<>()).add(seed.getValue());
                WORDING.computeIfAbsent(o.conceptSlug(), k -> new TreeMap<>())
                        .computeIfAbsent(seed.getValue(), k -> new TreeSet<>()).add(o.span().of(text));
            }
        }
    }

    private static Set<String> shared() {
        Set<String> out = new TreeSet<>();
        CITIES.forEach((slug, cities) -> {
            if (cities.size() >= 2) {
                out.add(slug);
            }
        });
        return out;
    }

    @Test
    void theReformsAReaderSeesSharedAreFound() {
        Set<String> expected = Set.of("mortgaged-property-transfer", "direct-loading-on-arrival", "shipside-direct-pickup",
                "double-random-one-public", "one-thing", "standard-land", "credit-easy-loan", "single-window",
                "minimal-approval", "loan-renewal-without-principal-repayment", "business-suspension-filing",
                "fair-competition-review", "market-access-negative-list", "notification-and-commitment",
                "simplified-deregistration", "multi-survey-integration", "court-government-coordination",
                "enforcement-observation-period", "case-streaming", "one-industry-one-permit", "no-application-benefits",
                "same-line-same-standard-same-quality", "pre-establishment-national-treatment");
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(shared());
        assertEquals(Set.of(), missing, "expected cross-city reform types not found in two cities");
        assertTrue(shared().size() >= 50, "shared: " + shared().size());
    }

    @Test
    void sharedReformsAreVerifiableInTheirWords() {
        assertEquals(Set.of("guangzhou", "shanghai", "wuhan", "xiamen"), CITIES.get("double-random-one-public"));
        Set<String> wuhan = new TreeSet<>();
        WORDING.get("double-random-one-public").get("wuhan").forEach(w -> wuhan.add(w.replaceAll("\\s", "")));
        assertEquals(Set.of("双随机、一公开", "双随机一公开"), wuhan); // the raw seed breaks lines inside words
        // Xiamen writes 无还本续贷 without quotes, Wuhan quotes it
        assertEquals(Set.of("wuhan", "xiamen"), CITIES.get("loan-renewal-without-principal-repayment"));
        // Guangzhou's 一证准营 is the one-industry-one-permit reform that Dongxihu calls 一业一证
        assertEquals(Set.of("一证准营"), WORDING.get("one-industry-one-permit").get("guangzhou"));
        assertEquals(Set.of("一业一证"), WORDING.get("one-industry-one-permit").get("wuhan"));
        // Xiamen's 卸船直提 is the ship-side pickup the others call 船边直提
        assertEquals(Set.of("卸船直提"), WORDING.get("shipside-direct-pickup").get("xiamen"));
    }

    @Test
    void slogansAreNeverShared() {
        for (String slogan : new String[] {"一带一路", "走出去", "双创", "一站式", "专精特新", "互联网+"}) {
            String slug = PinyinSlug.of(MatchKey.normalise(slogan));
            assertTrue(!CITIES.containsKey(slug), slogan + " was tagged as a reform");
        }
    }
}
