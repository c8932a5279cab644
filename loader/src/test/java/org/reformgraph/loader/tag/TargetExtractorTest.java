package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;

class TargetExtractorTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> extract(String text) {
        return extractor.extract(text, new Span(0, text.length()));
    }

    private static void assertTarget(Target t, String value, String unit, String comparator, Integer deadline,
                                     String quote, String text) {
        assertEquals(new BigDecimal(value), t.value());
        assertEquals(unit, t.unit());
        assertEquals(comparator, t.comparator());
        assertEquals(deadline, t.deadlineYear());
        assertEquals(quote, t.span().of(text));
    }

    @Test
    void halfADayToStartABusiness() {
        String text = "企业开办一次申报、0.5天办结、零费用。";
        List<Target> found = extract(text);
        assertEquals(1, found.size());
        assertTarget(found.get(0), "0.5", "天", "=", null, "0.5天", text);
        assertEquals(TargetExtractor.BARE, found.get(0).confidence());
    }

    @Test
    void guaranteeFeeCutToOnePercentOrLess() {
        String text = "体系内融资担保机构降低担保费率至1%及以下。";
        Target t = extract(text).get(0);
        assertTarget(t, "1", "%", "<=", null, "1%及以下", text);
        assertEquals(TargetExtractor.WITH_COMPARATOR, t.confidence());
    }

    @Test
    void paymentWithinTenDays() {
        String text = "对于满足合同约定支付条件的，支付时间提速至采购人收到发票后 10日。";
        assertTarget(extract(text).get(0), "10", "日", "<=", null, "提速至采购人收到发票后 10日", text);
    }

    @Test
    void atLeastFiftyMeetings() {
        String text = "全年组织开展各类银企对接会不少于 50 场，专题开展东西湖区金融支持高质量转型发展工作会";
        assertTarget(extract(text).get(0), "50", "场", ">=", null, "不少于 50 场", text);
    }

    @Test
    void tenThousandPeopleOrMore() {
        String text = "全年计划开展培训1万人以上。";
        assertTarget(extract(text).get(0), "1", "万人", ">=", null, "1万人以上", text);
    }

    @Test
    void greenBuildingSharesBy2025() {
        String text = "推动新建建筑绿色低碳转型，到 2025 年，新建民用建筑按绿色建筑标准进行规划建设的面积比例达到 100%，"
                + "绿色建筑竣工面积占总竣工面积比例达到 98%，其中星级绿色建筑占当年新增绿色建筑面积的比例达 20%。";
        List<Target> found = extract(text);
        assertEquals(3, found.size());
        assertTarget(found.get(0), "100", "%", ">=", 2025, "达到 100%", text);
        assertTarget(found.get(1), "98", "%", ">=", 2025, "达到 98%", text);
        assertTarget(found.get(2), "20", "%", ">=", 2025, "达 20%", text);
    }

    @Test
    void compressedToThreeWorkingDays() {
        String text = "将工程建设项目审批时间压缩至3个工作日";
        assertTarget(extract(text).get(0), "3", "个工作日", "<=", null, "压缩至3个工作日", text);
    }

    @Test
    void deadlineAtTheEndOfAYear() {
        String text = "2023 年底前，实现 200 项高频政务服务事项线下“全城通办”，市级政务服务事项全程网办率达 60%以上、区级 55%以上";
        List<Target> found = extract(text);
        assertEquals(3, found.size());
        assertTarget(found.get(0), "200", "项", "=", 2023, "200 项", text);
        assertTarget(found.get(1), "60", "%", ">=", 2023, "60%以上", text);
        assertTarget(found.get(2), "55", "%", ">=", 2023, "55%以上", text);
    }

    @Test
    void aYearOpeningAClauseIsItsDeadlineButABaselineIsNot() {
        String dongxihu = "力争所有项目“百日签约”“百日开工”，2025 年开工亿元以上项目 100 个。";
        assertTarget(extract(dongxihu).get(0), "100", "个", "=", 2025, "100 个", dongxihu);
        String shanghai = "进一步压缩进口环节通关时间，在 2016 年基础上，压缩至 5 天";
        assertNull(extract(shanghai).get(0).deadlineYear());
        String dated = "于2023年7月印发方案，全年培训不少于 50 场";
        assertNull(extract(dated).get(0).deadlineYear());
    }

    @Test
    void capsAreUpperBounds() {
        String text = "种子直投、天使直投单个项目最高允许 100% 亏损，政府引导基金在天使基金、种子基金的出资比例最高可达 100%。";
        List<Target> found = extract(text);
        assertEquals(List.of("<=", "<="), found.stream().map(Target::comparator).toList());
    }

    @Test
    void numbersThatAreNotTargets() {
        assertEquals(List.of(), extract("意见征集时间为 2023 年 10月31 日至 11月 9 日。联系电话: 82796031；"));
        assertEquals(List.of(), extract("穗府办函〔2023〕37号"));
        assertEquals(List.of(), extract("全面贯彻落实党的二十大精神，到 2025 年"));
        assertEquals(List.of(), extract("1.破除市场准入壁垒。"));
        assertEquals(List.of(), extract("推广“云政策”“云金融”等“云系列”7×24小时可受理小程序"));
        assertEquals(List.of(), extract("围绕全区1+4产业，深入运用“1+5+1”智慧破产平台"));
        assertEquals(List.of(), extract("分别选择2-3个国家营商环境评价指标"));
        assertEquals(List.of(), extract("举办“网谷杯”第2届创新创业大赛"));
        assertEquals(List.of(), extract("深入应用北斗、5G+、无人集卡自动驾驶等现代信息技术"));
        assertEquals(List.of(), extract("2023年7月28日"));
        assertEquals(List.of(), extract("征集时间为 2023 年 10月\n\n31 日至 11月 9 日。")); // a PDF line break
        assertEquals(List.of(), extract("企业间不动产登记“1窗1人1套资料1个环节”办理"));
    }

    @Test
    void fullWidthPercentIsFolded() {
        String text = "结案率不低于90％";
        Target t = extract(text).get(0);
        assertEquals("%", t.unit());
        assertEquals(">=", t.comparator());
    }
}
