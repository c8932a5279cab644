package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.AgencyResolver;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/** Agencies named in measures of the seeds that attribute nothing (Xiamen 001, Shanghai 003) and of the others. */
class MentionFinderTest {
    final MentionFinder finder = new MentionFinder(AgencyTypeScheme.get());

    List<AgencyMention> find(String text) {
        List<AgencyMention> mentions = finder.find(text, new Span(0, text.length()));
        for (AgencyMention m : mentions) {
            assertEquals(m.surface(), m.span().of(text), "a mention's span holds its surface");
        }
        return mentions;
    }

    static List<String> surfaces(List<AgencyMention> mentions) {
        return mentions.stream().map(AgencyMention::surface).toList();
    }

    @Test
    void xiamenDistrictGovernmentAndZoneCommittee() {
        List<AgencyMention> m = find("分别选择2-3个国家营商环境评价指标和世界银行宜商环境评价指标（BEE），由区政府（开发区管委会）和市直部门共同牵头推动指标优化提升试点工作");
        assertEquals(List.of("区政府", "开发区管委会"), surfaces(m), "世界银行 is no agency of the plan; 市直部门 is a collective");
        assertTrue(m.stream().allMatch(x -> x.method().equals(MentionFinder.DICTIONARY) && x.confidence() == 0.8));
    }

    @Test
    void xiamenMediationAndArbitrationBodiesByOrganisationRecognition() {
        List<AgencyMention> m = find("依托厦门地方金融纠纷调解中心、厦门国际金融仲裁中心、中证厦门调解工作站等平台，持续推进金融纠纷多元化调解机制建设。");
        AgencyMention arbitration = m.stream().filter(x -> x.surface().equals("厦门国际金融仲裁中心")).findFirst().orElseThrow();
        assertEquals(MentionFinder.NER, arbitration.method());
        assertEquals(0.6, arbitration.confidence(), 1e-9);
    }

    @Test
    void genericWordsAreNoMentions() {
        assertTrue(find("率先试点在口岸联检单位之间实现海关检疫e码通、海事船员登记信息。").isEmpty());
        assertTrue(find("全面推广数字化电子发票，优化电子税务局配套功能。商务部门以各产业链细分链条和产业链条为导向思路。").isEmpty());
        assertTrue(find("有效链接法院、管理人、债权人、政府、银行等关键方。").isEmpty());
    }

    @Test
    void shanghaiNationalBodiesAndCourts() {
        assertEquals(List.of("海关总署", "国家质检总局"), surfaces(find("根据海关总署、国家质检总局统一部署，力争率先在上海口岸试点报关报检“并联”作业。")));
        // HanLP cuts 市第三中级法院 into 市 / 第 / 三中 / 级 / 法院; the numbered court is read from the characters
        assertEquals(List.of("市第三中级法院", "上海铁路运输法院"), surfaces(find("在市第三中级法院、上海铁路运输法院设立专门的清算与破产审判庭，对本市范围内部分破产案件实行集中管辖。")));
        assertEquals(List.of("上海知识产权法院"), surfaces(find("实行严格的知识产权保护，充分发挥上海知识产权法院作用，加强行政执法与司法有机衔接。")));
    }

    @Test
    void numberedCourtsKeepTheirPlaceAndNotTheWordsBefore() {
        assertEquals(List.of("北京市第一中级人民法院"), surfaces(find("支持北京市第一中级人民法院设立破产法庭。")));
        assertEquals(List.of("第二中级人民法院"), surfaces(find("推动第二中级人民法院集中管辖。")));
    }

    @Test
    void placeAndCoreAreOneMention() {
        List<AgencyMention> m = find("完善武昌区法院诉讼一码通平台，强化府院联动机制。依托厦门海关和人民银行厦门市中心支行推进。");
        assertEquals(List.of("武昌区法院", "厦门海关", "人民银行厦门市中心支行"), surfaces(m));
    }

    @Test
    void mentionsResolveToAgencies() {
        Jurisdiction shanghai = Jurisdiction.city("上海市", null);
        AgencyResolver resolver = new AgencyResolver();
        assertEquals("shanghai/tie-lu-yun-shu-fa-yuan", resolver.resolve("上海铁路运输法院", shanghai).key());
        assertEquals(List.of("court"), resolver.resolve("上海知识产权法院", shanghai).agencyTypes());
        assertEquals("cn/customs", resolver.resolve("海关总署", shanghai).key());
    }

    @Test
    void hanlpIsSetUpOncePerProcess() throws InterruptedException {
        Thread loading = new Thread(Attributor::loadModels); // as a load does, on a thread of its own
        loading.start();
        find("由市发改委会同市市场监管局推进。");
        loading.join();
        Attributor.loadModels();
        new Attributor();
        new MentionFinder(AgencyTypeScheme.get()).find("市商务局", new Span(0, 4));
        assertEquals(1, AgencySegmenter.builds());
    }
}
