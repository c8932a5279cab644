package org.reformgraph.loader.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;

class SlugsTest {
    @Test
    void placeSlugsDropTheLevelAndFixPolyphones() {
        assertEquals("changshou", Slugs.placeSlug("长寿区"));
        assertEquals("chongqing", Slugs.placeSlug("重庆市"));
        assertEquals("xiamen", Slugs.placeSlug("厦门市"));
        assertEquals("dongxihu", Slugs.placeSlug("东西湖区"));
        assertEquals("bengbu", Slugs.placeSlug("蚌埠市"));
        assertEquals("luan", Slugs.placeSlug("六安市"));
        assertEquals("hubei", Slugs.placeSlug("湖北省"));
        assertEquals("nansha", Slugs.placeSlug("南沙区"));
    }

    @Test
    void jurisdictionSlugsNestDistrictsUnderTheirCity() {
        Jurisdiction hubei = Jurisdiction.province("湖北省");
        Jurisdiction wuhan = Jurisdiction.city("武汉市", hubei);
        assertEquals("hubei", Slugs.jurisdictionSlug(hubei));
        assertEquals("wuhan", Slugs.jurisdictionSlug(wuhan));
        assertEquals("wuhan/dongxihu", Slugs.jurisdictionSlug(Jurisdiction.district("东西湖区", wuhan)));
        assertEquals("guangzhou/nansha", Slugs.jurisdictionSlug(Jurisdiction.district("南沙区", Jurisdiction.city("广州市", null))));
        assertEquals("cn", Slugs.jurisdictionSlug(JurisdictionResolver.NATION));
    }

    @Test
    void nameSlugsAreHyphenatedAscii() {
        assertEquals("jing-ke-ju", Slugs.nameSlug("经科局"));
        String slug = Slugs.nameSlug("中证厦门调解工作站");
        assertTrue(slug.matches("[a-z0-9-]+"), slug);
        assertEquals("rcep-fu-wu-zhong-xin", Slugs.nameSlug("RCEP服务中心"));
    }
}
