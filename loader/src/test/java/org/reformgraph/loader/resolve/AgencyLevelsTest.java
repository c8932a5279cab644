package org.reformgraph.loader.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;

/** Names of province, prefecture (州), municipality and county plans resolve as city and district names do. */
class AgencyLevelsTest {
    static final Jurisdiction HUNAN = Jurisdiction.province("湖南省");
    static final Jurisdiction ENSHI = Jurisdiction.city("恩施土家族苗族自治州", Jurisdiction.province("湖北省"));
    static final Jurisdiction CHONGQING = Jurisdiction.city("重庆市", null);
    static final Jurisdiction ANJI = Jurisdiction.district("安吉县", Jurisdiction.city("湖州市", Jurisdiction.province("浙江省")));
    static final Jurisdiction QINGDAO = Jurisdiction.city("青岛市", null);
    static final Jurisdiction GANZHOU = Jurisdiction.city("赣州市", null);

    final AgencyResolver resolver = new AgencyResolver();

    ResolvedAgency resolve(String surface, Jurisdiction plan) {
        return resolver.resolve(surface, plan);
    }

    @Test
    void provincialDepartmentsAndTheirCollectives() {
        assertEquals("hunan/housing-construction", resolve("省住房城乡建设厅", HUNAN).key());
        assertEquals("hunan/human-resources-social-security", resolve("省人力资源社会保障厅", HUNAN).key());
        ResolvedAgency units = resolve("省直有关部门", HUNAN);
        assertEquals("hunan/provincial-units", units.key());
        assertEquals("湖南省直有关部门", units.prefLabel());
        ResolvedAgency cities = resolve("各市州人民政府", HUNAN);
        assertEquals("hunan/city-governments", cities.key());
        assertEquals(List.of("city-governments"), cities.agencyTypes());
    }

    @Test
    void aPrefecturesZhouPrefixIsItsOwnLevel() {
        ResolvedAgency agency = resolve("州发改委", ENSHI);
        assertEquals(resolve("恩施土家族苗族自治州发展和改革委员会", ENSHI).key(), agency.key());
        assertEquals(List.of("development-reform"), agency.agencyTypes());
        assertEquals("恩施土家族苗族自治州发展和改革委员会", agency.prefLabel());
        assertEquals(resolve("州直有关部门", ENSHI).key(), resolve("州直各部门", ENSHI).key());
        assertEquals(List.of("municipal-units"), resolve("州直各部门", ENSHI).agencyTypes());
    }

    @Test
    void countyPlansHaveCountyUnitsAndTownshipGovernments() {
        ResolvedAgency units = resolve("县级有关部门", ANJI);
        assertEquals("huzhou/anji/district-units", units.key());
        assertEquals("安吉县直各单位", units.prefLabel());
        assertEquals("huzhou/anji/township-governments", resolve("各乡镇人民政府", ANJI).key());
        ResolvedAgency bank = resolve("人行安吉县支行", ANJI);
        assertEquals("huzhou/anji/central-bank-branch", bank.key());
        assertEquals("中国人民银行安吉县支行", bank.prefLabel());
    }

    @Test
    void levelsListedBeforeOneBodyAreTheCountyLevelGovernments() {
        assertEquals("qingdao/district-governments", resolve("各区、市政府", QINGDAO).key());
        assertEquals("chongqing/district-governments", resolve("各区县（自治县）人民政府", CHONGQING).key());
        assertEquals(List.of("district-governments"), resolve("各县市人民政府", ENSHI).agencyTypes());
    }

    @Test
    void enforcementCollectivesWithALevelWord() {
        String key = resolve("各监管执法部门", CHONGQING).key();
        assertEquals(key, resolve("市级有关执法部门", CHONGQING).key());
        assertEquals(key, resolve("市级各行政执法部门", CHONGQING).key());
        assertEquals(key, resolve("市各有关执法部门", CHONGQING).key());
    }

    @Test
    void stateGridBranchesAreThePlacesPowerUtility() {
        assertEquals("qingdao/power-utility", resolve("国网青岛供电公司", QINGDAO).key());
        assertEquals("hunan/power-utility", resolve("国网湖南省电力有限公司", HUNAN).key());
    }

    @Test
    void bodiesOfBefore2018AreTypedButStayApart() {
        ResolvedAgency national = resolve("市国税局", GANZHOU);
        ResolvedAgency local = resolve("市地税局", GANZHOU);
        assertEquals(List.of("taxation"), national.agencyTypes());
        assertEquals(List.of("taxation"), local.agencyTypes());
        assertNotEquals(national.key(), local.key());
        assertNotEquals(resolve("市物价局", GANZHOU).key(), resolve("市发改委", GANZHOU).key());
    }

    @Test
    void aNameNoListKnowsIsKeptUntyped() {
        ResolvedAgency agency = resolve("市滇池管理局", Jurisdiction.city("昆明市", null));
        assertEquals("昆明市滇池管理局", agency.prefLabel());
        assertEquals(List.of(), agency.agencyTypes());
    }
}
