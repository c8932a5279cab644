package org.reformgraph.loader.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;

/**
 * Scores one plan's extraction against its gold: measures by alignment, attributions at the level of (measure,
 * agency surface, role), basis among the matched attributions, mentions by recall.
 */
public final class PlanScorer {
    private final MeasureAligner aligner = new MeasureAligner();

    public PlanScore score(GoldPlan gold, Extraction extraction) {
        List<String> misses = new ArrayList<>();
        // A garbled region is out of scope: whatever the loader makes of it is neither right nor wrong.
        List<MeasureFacts> extracted = extraction.measures().stream()
                .filter(m -> m.line() == 0 || !gold.ignored(m.line())).toList();
        List<MeasureFacts> goldMeasures = gold.measures();
        List<MeasureAligner.Pair> pairs = aligner.align(goldMeasures, extracted);

        boolean[] goldPaired = new boolean[goldMeasures.size()];
        boolean[] extractedPaired = new boolean[extracted.size()];
        int matchedAttributions = 0;
        int basisCorrect = 0;
        int matchedMentions = 0;
        for (MeasureAligner.Pair pair : pairs) {
            goldPaired[pair.gold()] = true;
            extractedPaired[pair.extracted()] = true;
            MeasureFacts g = goldMeasures.get(pair.gold());
            MeasureFacts e = extracted.get(pair.extracted());
            AttributionMatch match = matchAttributions(g.attributions(), e.attributions());
            matchedAttributions += match.matched;
            basisCorrect += match.basisCorrect;
            match.notes.forEach(note -> misses.add(where(g) + ": " + note));
            matchedMentions += matchMentions(g.mentions(), e.mentions());
        }
        for (int i = 0; i < goldMeasures.size(); i++) {
            if (!goldPaired[i]) {
                misses.add(where(goldMeasures.get(i)) + ": measure not found");
            }
        }
        for (int j = 0; j < extracted.size(); j++) {
            if (!extractedPaired[j]) {
                MeasureFacts e = extracted.get(j);
                misses.add("extracted " + Objects.toString(e.number(), "(no number)") + " at line " + e.line()
                        + ": not in the gold");
            }
        }

        int reported = 0;
        for (LineRange region : gold.expectWarnings()) {
            if (reported(region, extraction.warnings(), goldMeasures, goldPaired)) {
                reported++;
            } else {
                misses.add("lines " + region.from() + "-" + region.to() + ": neither understood nor reported ("
                        + region.why() + ")");
            }
        }
        boolean empty = extraction.failure() == null && extraction.measures().isEmpty() && !goldMeasures.isEmpty();
        Tally tally = new Tally(1, goldMeasures.size(), extracted.size(), pairs.size(), gold.attributionCount(),
                extracted.stream().mapToInt(m -> m.attributions().size()).sum(), matchedAttributions, basisCorrect,
                goldMeasures.stream().mapToInt(m -> m.mentions().size()).sum(), matchedMentions,
                extraction.warnings().size(), gold.expectWarnings().size(), reported,
                extraction.failure() == null ? 0 : 1, empty ? 1 : 0);
        return new PlanScore(gold.file(), gold.forms(), tally, extraction.failure(), misses);
    }

    /**
     * A region is accounted for when a warning points into it, or when it holds gold measures and every one of them
     * was found: understanding it is as good as reporting it.
     */
    static boolean reported(LineRange region, List<Warning> warnings, List<MeasureFacts> gold, boolean[] goldPaired) {
        if (warnings.stream().anyMatch(w -> region.contains(w.line()))) {
            return true;
        }
        boolean any = false;
        for (int i = 0; i < gold.size(); i++) {
            if (region.contains(gold.get(i).line())) {
                any = true;
                if (!goldPaired[i]) {
                    return false;
                }
            }
        }
        return any;
    }

    private record Key(String agency, Role role) {
    }

    static final class AttributionMatch {
        int matched;
        int basisCorrect;
        final List<String> notes = new ArrayList<>();
    }

    /** Multiset matching on (normalised surface, role); within a key, bases are paired to agree where they can. */
    static AttributionMatch matchAttributions(List<AttributionFact> gold, List<AttributionFact> extracted) {
        Map<Key, List<Basis>> goldByKey = group(gold);
        Map<Key, List<Basis>> extractedByKey = group(extracted);
        AttributionMatch result = new AttributionMatch();
        for (Map.Entry<Key, List<Basis>> entry : goldByKey.entrySet()) {
            List<Basis> goldBases = entry.getValue();
            List<Basis> found = new ArrayList<>(extractedByKey.getOrDefault(entry.getKey(), List.of()));
            int pairs = Math.min(goldBases.size(), found.size());
            result.matched += pairs;
            int agree = 0;
            List<Basis> remaining = new ArrayList<>(found);
            for (Basis basis : goldBases) {
                if (remaining.remove(basis)) {
                    agree++;
                }
            }
            result.basisCorrect += Math.min(agree, pairs);
            if (agree < pairs) {
                result.notes.add(entry.getKey().agency + " " + entry.getKey().role + ": basis " + goldBases
                        + " expected, got " + found);
            }
            if (goldBases.size() > found.size()) {
                result.notes.add("missed " + entry.getKey().agency + " as " + entry.getKey().role);
            }
        }
        for (Map.Entry<Key, List<Basis>> entry : extractedByKey.entrySet()) {
            int expected = goldByKey.getOrDefault(entry.getKey(), List.of()).size();
            if (entry.getValue().size() > expected) {
                result.notes.add("wrongly found " + entry.getKey().agency + " as " + entry.getKey().role);
            }
        }
        return result;
    }

    private static Map<Key, List<Basis>> group(List<AttributionFact> facts) {
        Map<Key, List<Basis>> out = new HashMap<>();
        for (AttributionFact fact : facts) {
            out.computeIfAbsent(new Key(Surfaces.agency(fact.agency()), fact.role()), k -> new ArrayList<>())
                    .add(fact.basis());
        }
        return out;
    }

    /** Gold mentions found among the extracted mentions of the same measure, each extracted one used once. */
    static int matchMentions(List<String> gold, List<String> extracted) {
        List<String> remaining = new ArrayList<>(extracted.stream().map(Surfaces::agency).toList());
        int found = 0;
        for (String mention : gold) {
            if (remaining.remove(Surfaces.agency(mention))) {
                found++;
            }
        }
        return found;
    }

    private static String where(MeasureFacts gold) {
        return "line " + gold.line() + " " + Objects.toString(gold.number(), "(no number)");
    }
}
