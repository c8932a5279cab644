package org.reformgraph.loader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

class JurisdictionNamesTest {

    @Test
    void aCityAndDistrictChainIsADistrictWithinTheCity() {
        Jurisdiction jinan = new Jurisdiction("济南市", Level.CITY, null, null);
        assertEquals(Jurisdiction.district("钢城区", jinan), JurisdictionNames.parse("济南市钢城区", null, null));
    }

    @Test
    void aProvinceAndCityChainIsACityWithinTheProvince() {
        assertEquals(Jurisdiction.city("武汉市", Jurisdiction.province("湖北省")), JurisdictionNames.parse("湖北省武汉市", null, null));
    }

    @Test
    void withinAddsTheEnclosingJurisdictions() {
        Jurisdiction wuhan = Jurisdiction.city("武汉市", Jurisdiction.province("湖北省"));
        assertEquals(Jurisdiction.district("东西湖区", wuhan), JurisdictionNames.parse("东西湖区", null, "湖北省武汉市"));
    }

    @Test
    void aGivenLevelWinsOverTheSuffix() {
        Jurisdiction pudong = JurisdictionNames.parse("浦东新区", Level.DISTRICT, "上海市");
        assertEquals(Level.DISTRICT, pudong.level());
        assertEquals("上海市", pudong.countsForCity().name());
    }

    @Test
    void splitsOnlyAtAdministrativeSuffixes() {
        assertEquals(List.of("济南市", "市中区"), JurisdictionNames.split("济南市市中区"));
        assertEquals(List.of("广西壮族自治区", "南宁市"), JurisdictionNames.split("广西壮族自治区南宁市"));
        assertEquals(List.of("湖北省", "武汉市", "东西湖区"), JurisdictionNames.split("湖北省武汉市东西湖区"));
    }

    @Test
    void aCountyLevelCityInsideACityCountsForTheCity() {
        Jurisdiction jiangyin = JurisdictionNames.parse("无锡市江阴市", null, null);
        assertEquals(Level.DISTRICT, jiangyin.level());
        assertEquals("无锡市", jiangyin.countsForCity().name());
    }

    @Test
    void aNameWithoutSuffixNeedsALevel() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JurisdictionNames.parse("雄安", null, null));
        assertEquals("cannot tell the level of '雄安' from its name: give the level (province, city, district, township)", error.getMessage());
        assertEquals(Level.DISTRICT, JurisdictionNames.parse("雄安", Level.DISTRICT, null).level());
    }
}
