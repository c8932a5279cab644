package org.reformgraph.bench.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartUpWorkTest {
    private static final String WARMING = """
            # HELP reformgraph_named_warm_seconds warm-ups of the named-query answers
            # TYPE reformgraph_named_warm_seconds summary
            reformgraph_named_warm_seconds_count 0
            reformgraph_named_warm_seconds_sum 0.0
            # TYPE reformgraph_search_index_passes gauge
            reformgraph_search_index_passes 1.0
            """;

    @Test
    void theStartUpWorkIsDoneOnceAnswersAreWarmedAndTheIndexPassed() {
        assertFalse(StartUpWork.done(WARMING));
        assertTrue(StartUpWork.done(WARMING.replace("_count 0", "_count 1")));
        assertFalse(StartUpWork.done(WARMING.replace("_count 0", "_count 1").replace("passes 1.0", "passes 0.0")));
    }

    @Test
    void aMetricTheServerDoesNotShowIsMissingNotZero() {
        assertEquals(-1, StartUpWork.value("", StartUpWork.WARM_UPS));
        assertFalse(StartUpWork.done("reformgraph_named_warm_seconds_count 3\n"));
    }

    @Test
    void aLongerNameWithTheSamePrefixIsNotTheMetric() {
        assertEquals(-1, StartUpWork.value("reformgraph_search_index_passes_total 4\n", StartUpWork.INDEX_PASSES));
    }
}
