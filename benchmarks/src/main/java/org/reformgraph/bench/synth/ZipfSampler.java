package org.reformgraph.bench.synth;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0…n-1 with probability proportional to 1/(rank+1)^exponent: a few reform types fill most plans, as
 * 一网通办 and 一件事 do in real ones, while most appear rarely.
 */
final class ZipfSampler {
    private final double[] cumulative;

    ZipfSampler(int size, double exponent) {
        if (size < 1 || exponent <= 0) {
            throw new IllegalArgumentException("a Zipf sampler needs size ≥ 1 and exponent > 0, got " + size + ", " + exponent);
        }
        cumulative = new double[size];
        double total = 0;
        for (int rank = 0; rank < size; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= total;
        }
    }

    int sample(Random random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = found >= 0 ? found : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }

    /** The probability of a rank, for tests and documentation. */
    double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }
}
