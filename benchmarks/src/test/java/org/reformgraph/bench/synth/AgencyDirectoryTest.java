package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;

class AgencyDirectoryTest {
    private final AgencyDirectory directory = AgencyDirectory.load();
    private final Jurisdiction hubei = Jurisdiction.province("湖北省");
    private final Jurisdiction wuhan = Jurisdiction.city("武汉市", hubei);

    @Test
    void aKindGoesByItsVariantNamesAtEachLevel() {
        assertEquals(List.of("市发改委", "市发展改革委", "市发展和改革委员会"), directory.names("drc", wuhan));
        assertEquals(List.of("区发改局", "区发展和改革局", "区发展改革局"), directory.names("drc", Jurisdiction.district("东西湖区", wuhan)));
        assertEquals(List.of("省发展改革委", "省发展和改革委员会", "省发改委"), directory.names("drc", hubei));
        assertEquals(List.of("市市场监管局", "市市场监督管理局"), directory.names("market-regulation", wuhan));
        assertTrue(directory.names("government-services", wuhan).contains("市行政审批局"));
        assertTrue(directory.names("tax", Jurisdiction.district("东西湖区", wuhan)).contains("国家税务总局武汉市东西湖区税务局"));
        assertEquals(List.of("州发改委", "州发展改革委", "州发展和改革委员会"),
                directory.names("drc", Jurisdiction.city("恩施土家族苗族自治州", hubei)));
    }

    @Test
    void aPlanMostlyKeepsOneNamePerKind() {
        PlanAgencies agencies = new PlanAgencies(directory, wuhan, new Random(4), 0.0);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < 50; i++) {
            names.add(agencies.of("drc").name());
        }
        assertEquals(1, names.size());
        PlanAgencies varying = new PlanAgencies(directory, wuhan, new Random(4), 0.5);
        names.clear();
        for (int i = 0; i < 50; i++) {
            names.add(varying.of("drc").name());
        }
        assertEquals(3, names.size());
    }
}
