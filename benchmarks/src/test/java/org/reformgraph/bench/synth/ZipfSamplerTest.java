package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    @Test
    void probabilitiesFallWithRankAndSumToOne() {
        ZipfSampler sampler = new ZipfSampler(74, 1.1);
        double total = 0;
        for (int rank = 0; rank < 74; rank++) {
            total += sampler.probability(rank);
            if (rank > 0) {
                assertTrue(sampler.probability(rank) < sampler.probability(rank - 1));
            }
        }
        assertEquals(1.0, total, 1e-9);
        assertTrue(sampler.probability(0) > 30 * sampler.probability(37));
    }

    @Test
    void samplesStayInRange() {
        ZipfSampler sampler = new ZipfSampler(3, 2);
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            int rank = sampler.sample(random);
            assertTrue(rank >= 0 && rank < 3);
        }
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new ZipfSampler(0, 1));
    }
}
