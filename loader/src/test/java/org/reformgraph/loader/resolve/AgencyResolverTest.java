package org.reformgraph.loader.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

class AgencyResolverTest {
    static final Jurisdiction WUHAN = Jurisdiction.city("武汉市", null);
    static final Jurisdiction DONGXIHU = Jurisdiction.district("东西湖区", WUHAN);
    static final Jurisdiction GUANGZHOU = Jurisdiction.city("广州市", Jurisdiction.province("广东省"));
    static final Jurisdiction XIAMEN = Jurisdiction.city("厦门市", null);
    static final Jurisdiction SHANGHAI = Jurisdiction.city("上海市", null);

    final AgencyResolver resolver = new AgencyResolver();

    @Test
    void cityPrefixInACityPlanIsThatCity() {
        ResolvedAgency agency = resolver.resolve("市发改委", WUHAN);
        assertEquals("wuhan/development-reform", agency.key());
        assertEquals("武汉市发展和改革委员会", agency.prefLabel());
        assertEquals(List.of("development-reform"), agency.agencyTypes());
        assertEquals("湖北省", agency.jurisdiction().within().name(), "the gazetteer puts Wuhan in Hubei");
    }

    @Test
    void abbreviationsOfOneBodyShareTheKey() {
        String key = resolver.resolve("市发展和改革委员会", WUHAN).key();
        assertEquals(key, resolver.resolve("市发展改革委", WUHAN).key());
        assertEquals(key, resolver.resolve("市发改委", WUHAN).key());
        assertEquals(key, resolver.resolve("武汉市发展和改革委员会", WUHAN).key());
    }

    @Test
    void districtPlanScopesDistrictAndCityPrefixes() {
        ResolvedAgency district = resolver.resolve("区发改局", DONGXIHU);
        assertEquals("wuhan/dongxihu/development-reform", district.key());
        assertEquals("东西湖区发展和改革局", district.prefLabel());
        assertEquals(Level.DISTRICT, district.jurisdiction().level());

        ResolvedAgency city = resolver.resolve("市发改委", DONGXIHU);
        assertEquals("wuhan/development-reform", city.key());
        assertEquals(Level.CITY, city.jurisdiction().level());
    }

    @Test
    void provincePrefixIsThePlansProvince() {
        ResolvedAgency agency = resolver.resolve("省财政厅", DONGXIHU);
        assertEquals("hubei/finance", agency.key());
        assertEquals(Level.PROVINCE, agency.jurisdiction().level());
        assertEquals("fujian/finance", resolver.resolve("省财政厅", XIAMEN).key());
    }

    @Test
    void shanghaiIsAMunicipalityWithoutProvince() {
        ResolvedAgency agency = resolver.resolve("市第三中级法院", SHANGHAI);
        assertEquals("上海市第三中级法院", agency.prefLabel());
        assertEquals("shanghai/di-san-zhong-ji-fa-yuan", agency.key());
        assertEquals(List.of("court"), agency.agencyTypes());
        assertNull(agency.jurisdiction().within());
        assertEquals("shanghai/people-government", resolver.resolve("上海市政府", SHANGHAI).key());
    }

    @Test
    void guangzhouTaxBureauWithAndWithoutPlaceIsOneBody() {
        ResolvedAgency written = resolver.resolve("广州市税务局", GUANGZHOU);
        ResolvedAgency bare = resolver.resolve("市税务局", GUANGZHOU);
        assertEquals("guangzhou/taxation", written.key());
        assertEquals(written, bare);
        assertEquals("广州市税务局", bare.prefLabel());
    }

    @Test
    void districtNamedInACityPlanIsADistrictOfThatCity() {
        ResolvedAgency nansha = resolver.resolve("南沙区政府", GUANGZHOU);
        assertEquals("guangzhou/nansha/people-government", nansha.key());
        assertEquals("南沙区人民政府", nansha.prefLabel());
        assertEquals(Level.DISTRICT, nansha.jurisdiction().level());
        assertEquals("广州市", nansha.jurisdiction().city().name());

        ResolvedAgency wuchang = resolver.resolve("武昌区人民政府", WUHAN);
        assertEquals("wuhan/wuchang/people-government", wuchang.key());
        assertEquals("wuhan/dongxihu/people-government", resolver.resolve("武汉市东西湖区人民政府", GUANGZHOU).key());
    }

    @Test
    void everyDistrictHasItsCity() {
        Jurisdiction guangdong = Jurisdiction.province("广东省");
        ResolvedAgency agency = resolver.resolve("南沙区政府", guangdong);
        assertTrue(agency.jurisdiction().level() != Level.DISTRICT || agency.jurisdiction().city() != null,
                "a province plan does not say which city 南沙区 is in: " + agency);
        assertEquals("wuhan", Slugs.jurisdictionSlug(resolver.resolve("区发改局", DONGXIHU).jurisdiction().city()));
    }

    @Test
    void placeWithoutLevelSuffix() {
        assertEquals("xiamen/customs", resolver.resolve("厦门海关", XIAMEN).key());
        assertEquals("wuhan/customs", resolver.resolve("武汉海关", WUHAN).key());
        assertEquals("wuhan/power-utility", resolver.resolve("武汉供电公司", WUHAN).key());
        assertEquals("guangzhou/power-utility", resolver.resolve("广州供电局", GUANGZHOU).key());
    }

    @Test
    void centralBankBranchCarriesItsPlaceInside() {
        ResolvedAgency xiamen = resolver.resolve("人民银行厦门市中心支行", XIAMEN);
        assertEquals("xiamen/central-bank-branch", xiamen.key());
        assertEquals("中国人民银行厦门市中心支行", xiamen.prefLabel());
        assertEquals("guangzhou/central-bank-branch", resolver.resolve("人民银行广州分行营业管理部", GUANGZHOU).key());
        assertEquals("wuhan/taxation", resolver.resolve("国家税务总局武汉市税务局", WUHAN).key());
    }

    @Test
    void nationalBodiesWithoutPlace() {
        ResolvedAgency customs = resolver.resolve("海关总署", SHANGHAI);
        assertEquals("cn/customs", customs.key());
        assertEquals(Level.NATION, customs.jurisdiction().level());
        assertEquals("cn/taxation", resolver.resolve("国家税务总局", WUHAN).key());
        assertEquals(List.of("market-regulation"), resolver.resolve("国家质检总局", SHANGHAI).agencyTypes());
    }

    @Test
    void collectiveActorsAreOneAgencyPerJurisdiction() {
        ResolvedAgency districts = resolver.resolve("各区人民政府", WUHAN);
        assertEquals("wuhan/district-governments", districts.key());
        assertEquals(districts.key(), resolver.resolve("各区政府", WUHAN).key());
        assertEquals(districts.key(), resolver.resolve("各区人民政府<包括开发区、长江新区、风景区，下同>", WUHAN).key());
        assertEquals("wuhan/dongxihu/subdistrict-offices", resolver.resolve("各街道办事处", DONGXIHU).key());
        assertEquals("wuhan/dongxihu/district-units", resolver.resolve("区直各单位", DONGXIHU).key());
        assertEquals("wuhan/municipal-units", resolver.resolve("市直相关单位", DONGXIHU).key());
        assertEquals("guangzhou/enforcement-departments", resolver.resolve("各监管执法部门", GUANGZHOU).key());
    }

    @Test
    void mergedBodyGetsBothTypes() {
        ResolvedAgency agency = resolver.resolve("区经科局", DONGXIHU);
        assertEquals(List.of("economy-information", "science-technology"), agency.agencyTypes());
        assertEquals("wuhan/dongxihu/jing-ke-ju", agency.key());
    }

    @Test
    void unknownNamesAreKeptWithoutType() {
        ResolvedAgency agency = resolver.resolve("区现代农业推广站点", DONGXIHU);
        assertTrue(agency.agencyTypes().isEmpty());
        assertEquals("wuhan/dongxihu/xian-dai-nong-ye-tui-guang-zhan-dian", agency.key());
        assertEquals("东西湖区现代农业推广站点", agency.prefLabel());
    }

    @Test
    void unknownNameEndingInAKnownCoreKeepsThatType() {
        ResolvedAgency centres = resolver.resolve("街道城运中心", DONGXIHU);
        assertEquals(List.of("city-operation-center"), centres.agencyTypes());
        assertEquals("wuhan/dongxihu/jie-dao-cheng-yun-zhong-xin", centres.key(), "not the district's own centre");
        ResolvedAgency huangpu = resolver.resolve("黄埔海关", GUANGZHOU);
        assertEquals(List.of("customs"), huangpu.agencyTypes());
        assertEquals("黄埔海关", huangpu.prefLabel());
        assertNotEquals(resolver.resolve("广州海关", GUANGZHOU).key(), huangpu.key());
    }

    @Test
    void typoWithStutteredCharacterStillResolves() {
        assertEquals(resolver.resolve("市政务服务数据管理局", GUANGZHOU).key(),
                resolver.resolve("市政政务服务数据管理局", GUANGZHOU).key());
    }

    @Test
    void youthLeagueCarriesItsLevelInside() {
        assertEquals("wuhan/youth-league", resolver.resolve("团市委", DONGXIHU).key());
        assertEquals("wuhan/dongxihu/youth-league", resolver.resolve("团区委", DONGXIHU).key());
        assertEquals("wuhan/dongxihu/youth-league", resolver.resolve("团委", DONGXIHU).key());
    }

    @Test
    void courtsByLevel() {
        assertEquals("武汉市中级人民法院", resolver.resolve("市法院", WUHAN).prefLabel());
        assertEquals(resolver.resolve("市法院", WUHAN).key(), resolver.resolve("市中级人民法院", WUHAN).key());
        assertEquals("东西湖区人民法院", resolver.resolve("区法院", DONGXIHU).prefLabel());
        assertNotEquals(resolver.resolve("市法院", SHANGHAI).key(), resolver.resolve("上海知识产权法院", SHANGHAI).key());
    }

    @Test
    void stateOwnedCompaniesAreKeyedByName() {
        ResolvedAgency company = resolver.resolve("区产发公司", DONGXIHU);
        assertEquals(List.of("state-owned-group"), company.agencyTypes());
        assertEquals("wuhan/dongxihu/chan-fa-gong-si", company.key());
    }

    @Test
    void bareCoreNameBelongsToThePlansJurisdiction() {
        assertEquals("wuhan/dongxihu/development-reform", resolver.resolve("发改局", DONGXIHU).key());
        assertEquals("guangzhou/market-regulation", resolver.resolve("市场监督管理局", GUANGZHOU).key());
        assertEquals("shanghai/enterprise-service-center", resolver.resolve("上海市企业服务中心", SHANGHAI).key());
    }

    @Test
    void partyAndGovernmentWordsAreNoPlace() {
        assertNotEquals("省委省", resolver.resolve("省委省政府", WUHAN).jurisdiction().name());
    }

    @Test
    void emptyNameIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolver.resolve(" （注） ", WUHAN));
        assertTrue(e.getMessage().contains("empty"));
    }
}
