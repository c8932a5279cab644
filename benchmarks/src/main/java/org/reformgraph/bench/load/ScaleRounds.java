package org.reformgraph.bench.load;

import java.util.Comparator;
import java.util.List;

/**
 * The rounds of one scale: each round our load and the peer run back to back, so each round's ratio compares two runs
 * under the same machine load, and the round with the median ratio stands for the scale. On a shared machine one
 * round's ratio moves by a tenth or more from run to run; the rounds show by how much.
 */
record ScaleRounds(List<ScaleResult> rounds) {
    ScaleRounds {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one round");
        }
        rounds = List.copyOf(rounds);
    }

    /** The round whose ratio is the median (of an even number, the lower of the middle two). */
    ScaleResult median() {
        List<ScaleResult> byRatio = rounds.stream().sorted(Comparator.comparingDouble(ScaleResult::ratio)).toList();
        return byRatio.get((byRatio.size() - 1) / 2);
    }

    /** Each round's ratio against the peer as users run it, in the order run. */
    List<Double> ratios() {
        return rounds.stream().map(ScaleResult::ratio).toList();
    }

    /** The most heap any round's load had in use at once. */
    long peakHeapMb() {
        return rounds.stream().mapToLong(ScaleResult::peakHeapMb).max().orElseThrow();
    }
}
