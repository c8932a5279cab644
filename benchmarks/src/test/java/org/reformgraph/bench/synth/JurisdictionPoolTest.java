package org.reformgraph.bench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

class JurisdictionPoolTest {
    private final JurisdictionPool pool = JurisdictionPool.load();

    @Test
    void holdsSeveralHundredRealPlacesAtEveryLevel() {
        assertEquals(27, pool.all(Level.PROVINCE).size(), "22 provinces and 5 autonomous regions");
        assertTrue(pool.all(Level.CITY).size() > 300);
        assertTrue(pool.all(Level.DISTRICT).size() > 250);
        assertTrue(pool.contains("恩施土家族苗族自治州") && pool.contains("锡林郭勒盟") && pool.contains("东西湖区"));
        assertFalse(pool.contains("东西湖市"));
    }

    @Test
    void municipalitiesStandAloneAndDistrictsCountForTheirCity() {
        Jurisdiction shanghai = pool.all(Level.CITY).stream().filter(j -> j.name().equals("上海市")).findFirst().orElseThrow();
        assertNull(shanghai.within());
        Jurisdiction pudong = pool.all(Level.DISTRICT).stream().filter(j -> j.name().equals("浦东新区")).findFirst().orElseThrow();
        assertEquals(shanghai, pudong.countsForCity());
        Jurisdiction wuhan = pool.all(Level.CITY).stream().filter(j -> j.name().equals("武汉市")).findFirst().orElseThrow();
        assertEquals("湖北省", wuhan.within().name());
    }

    @Test
    void agencyPrefixesFollowTheLevelAndTheNamesEnding() {
        List<String> prefixes = List.of("湖北省", "武汉市", "恩施土家族苗族自治州", "锡林郭勒盟", "东西湖区", "长沙县", "准格尔旗", "昆山市")
                .stream().map(this::find).map(JurisdictionPool::agencyPrefix).toList();
        assertEquals(List.of("省", "市", "州", "盟", "区", "县", "旗", "市"), prefixes);
        assertEquals("自治区", JurisdictionPool.agencyPrefix(find("广西壮族自治区")));
        assertEquals("武汉市东西湖区", JurisdictionPool.fullName(find("东西湖区")));
        assertEquals("广西", JurisdictionPool.shortName(find("广西壮族自治区")));
    }

    private Jurisdiction find(String name) {
        for (Level level : List.of(Level.PROVINCE, Level.CITY, Level.DISTRICT)) {
            for (Jurisdiction j : pool.all(level)) {
                if (j.name().equals(name)) {
                    return j;
                }
            }
        }
        throw new AssertionError(name + " not in the pool");
    }
}
