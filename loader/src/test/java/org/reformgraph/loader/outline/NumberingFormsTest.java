package org.reformgraph.loader.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformgraph.loader.outline.OutlineFixtures.Outlined;

/** Every numbering form the outline accepts, and the ones it refuses, in plans written the way real ones are. */
class NumberingFormsTest {

    private static List<String> measurePaths(Outlined o) {
        return o.outline().measures().stream().map(OutlineNode::path).toList();
    }

    @ParameterizedTest(name = "{0} is {1} with value {2}")
    @CsvSource(delimiter = '|', value = {
            "一、总体要求|CHINESE_COMMA|1|一、",
            "十二．强化保障|CHINESE_COMMA|12|十二．",
            "（ 一 ）优化服务|CHINESE_PAREN|1|（ 一 ）",
            "(二十)优化服务|CHINESE_PAREN|20|(二十)",
            "（三)优化服务|CHINESE_PAREN|3|（三)",
            "(4）推进改革|ARABIC_PAREN|4|(4）",
            "1.推进改革|ARABIC_DOT|1|1.",
            "1 . 推进改革|ARABIC_DOT|1|1 .",
            "12．推进改革|ARABIC_DOT|12|12．",
            "⒊推进改革|ARABIC_DOT|3|⒊",
            "3、推进改革|ARABIC_DOT|3|3、",
            "4．． 推进改革|ARABIC_DOT|4|4．．",
            "（1）推进改革|ARABIC_PAREN|1|（1）",
            "(12)推进改革|ARABIC_PAREN|12|(12)",
            "2）推进改革|ARABIC_PAREN|2|2）",
            "⑸推进改革|ARABIC_PAREN|5|⑸",
            "⑳推进改革|CIRCLED|20|⑳",
            "第三章 营商环境|CHAPTER|3|第三章",
            "第二部分 重点任务|CHAPTER|2|第二部分",
            "第十二条 推进改革|ARTICLE|12|第十二条",
            "★1.推行承诺制|ARABIC_DOT|1|1.",
            "● （二）优化服务|CHINESE_PAREN|2|（二）"})
    void recognisesNumberings(String line, NumberingStyle style, int value, String written) {
        Numbering numbering = NumberingStyle.at(line);
        assertEquals(style, numbering.style());
        assertEquals(value, numbering.value());
        assertEquals(written, numbering.written());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.5天办结",
            "2023.10前完成",
            "1．5个工作日",
            "2023年底前完成",
            "10 月底前",
            "第三方评估",
            "一是推进改革",
            "● 推行承诺制",
            "1.",
            "12 个区"})
    void refusesWhatIsNoNumbering(String line) {
        assertNull(NumberingStyle.at(line));
    }

    @Test
    void aStyleNestsWhereTheDocumentPutsItNotWhereTheConventionRanksIt() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                1.优化市场准入
                （一）全面实施市场准入负面清单。
                （二）推行证照分离改革。
                2.优化纳税服务
                （一）推广电子税务局。
                （二）压缩出口退税时间。
                二、保障措施
                1.加强组织领导
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.2.1", "1.2.2"), measurePaths(o));
        assertEquals(NodeKind.SECTION, o.node("1.1").kind());
        assertEquals("优化市场准入", o.node("1.1").title());
        assertEquals("（一）", o.node("1.2.1").number());
    }

    @Test
    void theConventionDecidesWhereTheDocumentGivesNoEvidence() {
        // ① never starts right after a 1. item here, so the convention puts 1. above ①
        Outlined o = OutlineFixtures.snippet("""
                一、市场准入
                ①全面实施负面清单。
                二、要素保障
                1.推行标准地出让。
                2.推行弹性年期供地。
                """);
        assertEquals(List.of("1.1", "2.1", "2.2"), measurePaths(o));
    }

    @Test
    void aNumberingAloneOnItsLineTakesTheNextLineAsItsTitle() {
        Outlined o = OutlineFixtures.snippet("""
                一、
                重点任务
                （一）
                优化市场准入
                1.
                全面实施市场准入负面清单制度，推行证照分离改革。
                2.
                推行企业开办一日办结。
                """);
        assertEquals(List.of("1.1.1", "1.1.2"), measurePaths(o));
        assertEquals("重点任务", o.node("1").title());
        assertEquals("优化市场准入", o.node("1.1").title());
        assertEquals("2.", o.node("1.1.2").number());
        assertEquals("推行企业开办一日办结。", o.body(o.node("1.1.2")));
    }

    @Test
    void oddSpacingAndFullWidthDigits() {
        Outlined o = OutlineFixtures.snippet("""
                一 、重点任务
                （ 一 ）优化市场准入
                １．全面实施负面清单。
                2 .推行证照分离。
                3.\u3000推行企业开办一日办结。
                """);
        assertEquals(List.of("1.1.1", "1.1.2", "1.1.3"), measurePaths(o));
        assertEquals("1．", o.node("1.1.1").number(), "full-width digits are folded, the full-width dot is kept as written");
        assertEquals("推行企业开办一日办结。", o.body(o.node("1.1.3")));
    }

    @Test
    void dotsAndCommasAfterArabicNumbersAreOneLevel() {
        Outlined o = OutlineFixtures.snippet("""
                一、要素保障
                （一）获得电力
                ５．压减接电环节和时限。
                6 、推行水电气联合报装。
                7．．推行“三零”服务。
                """);
        assertEquals(List.of("1.1.5", "1.1.6", "1.1.7"), measurePaths(o));
        assertEquals("推行“三零”服务。", o.body(o.node("1.1.7")));
    }

    @Test
    void numbersFollowedByASpaceWhenTheDocumentUsesThemThroughout() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                1 推行企业开办一日办结。
                2 推行证照分离改革。
                3 推广电子税务局。
                二、要素保障
                1 推行标准地出让。
                """);
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1"), measurePaths(o));
        assertEquals("1", o.node("1.1").number());
        assertEquals("推广电子税务局。", o.body(o.node("1.3")));
    }

    @Test
    void aNumberAndASpaceOnceIsText() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                （一）推行企业开办一日办结。
                12 个区全部实现线上办理。
                （二）推行证照分离改革。
                """);
        assertEquals(List.of("1.1", "1.2"), measurePaths(o));
        assertTrue(o.body(o.node("1.1")).contains("12 个区全部实现线上办理"));
    }

    @Test
    void articlesAndChapters() {
        Outlined o = OutlineFixtures.snippet("""
                第一章 总则
                第一条 为持续优化营商环境，制定本措施。
                第二章 市场环境
                第二条 全面实施市场准入负面清单制度。
                第三条 推行证照分离改革。
                第三章 附则
                第四条 本措施自印发之日起施行。
                """);
        // 总则 and 附则 are the general and closing parts of a regulation: their articles are no measures
        assertEquals(List.of("2.2", "2.3"), measurePaths(o));
        assertEquals(NodeKind.PART, o.node("2").kind());
        assertEquals("第二条", o.node("2.2").number());
    }

    @Test
    void decorativeMarksBeforeNumbersAreSkippedAndBulletsAreText() {
        Outlined o = OutlineFixtures.snippet("""
                一、重点任务
                ★1.推行承诺制审批。
                ● 对符合条件的项目实行告知承诺。
                ★2.推行证照分离改革。
                """);
        assertEquals(List.of("1.1", "1.2"), measurePaths(o));
        assertEquals("推行承诺制审批", o.node("1.1").title());
        assertTrue(o.body(o.node("1.1")).endsWith("● 对符合条件的项目实行告知承诺。"));
    }

    @Test
    void traditionalHeadingsAreReadAfterConversion() {
        Outlined o = OutlineFixtures.snippet("""
                一、總體要求
                堅持以企業需求為導向。
                二、重點任務
                （一）優化市場準入。全面實施負面清單。
                （二）優化納稅服務。推廣電子稅務局。
                三、保障措施
                （一）加強組織領導。
                """);
        assertEquals(List.of("2.1", "2.2"), measurePaths(o));
        assertEquals("总体要求", o.node("1").title());
        assertEquals("优化市场准入", o.node("2.1").title());
        assertEquals("（一）優化市場準入", o.text().quote(new org.reformgraph.loader.Span(
                o.node("2.1").span().start(), o.node("2.1").span().start() + 9)));
    }
}
