package org.reformgraph.loader.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.read.PlanReader;
import org.reformgraph.loader.read.Seeds;
import org.reformgraph.loader.read.SourceText;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String original) {
        return cleaner.clean(new PlanReader().read("test.txt", original.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsBookmarkMarkers() {
        CleanText c = clean("[bookmark: _Toc797614610][bookmark: _Toc14429]1.优化市场准入退出。深入实施管理制度。\n");
        assertEquals("1.优化市场准入退出。深入实施管理制度。\n", c.text());
        assertEquals("1.", c.quote(new Span(0, 2)));
    }

    @Test
    void dropsLonePageNumbersAndBlankPadding() {
        CleanText c = clean("打造绿色综合交通立体走廊。（责任\n\n17\n\n单位：蔡甸区人民政府）\n\n- 18 -\n\n第 19 页\n\n四、保障措施\n");
        assertEquals("打造绿色综合交通立体走廊。（责任单位：蔡甸区人民政府）\n四、保障措施\n", c.text());
    }

    @Test
    void keepsLinesThatOnlyStartWithDigits() {
        CleanText c = clean("现向社会公开征求意见建议，意见征集时间为 2023 年 10月\n\n31 日至 11月 9 日。\n");
        assertEquals("现向社会公开征求意见建议，意见征集时间为 2023 年 10月31 日至 11月 9 日。\n", c.text());
    }

    @Test
    void dropsIndentation() {
        CleanText c = clean("  　（一）武昌区打造营商环境综合示范区。推动服务。\n");
        assertEquals("（一）武昌区打造营商环境综合示范区。推动服务。\n", c.text());
        assertEquals('（', c.original().charAt(c.toOriginal()[0]));
    }

    @Test
    void dropsHtmlTagsAndEntitiesButKeepsChineseInAngleBrackets() {
        CleanText c = clean("<h3>一、持续打造市场环境</h3>\t\t\t\n54\t\t<ul style=\"list-style-type: none\"> *针对&nbsp;事项。 \t区资建局\n各区人民政府<包括开发区，下同>）\n");
        assertEquals("一、持续打造市场环境\t\t\t\n54\t\t *针对 事项。 \t区资建局\n各区人民政府<包括开发区，下同>）\n", c.text());
    }

    @Test
    void keepsTabsOfTableRows() {
        CleanText c = clean("序号\t工作措施\t主要内容\t责任单位\n1\t\t持续推进登记注册\t区行政审批局\n8\t\t\t\n");
        assertEquals("序号\t工作措施\t主要内容\t责任单位\n1\t\t持续推进登记注册\t区行政审批局\n8\t\t\t\n", c.text());
    }

    @Test
    void joinsPdfLinesBrokenInsideASentenceButNotHeadings() {
        String pdf = String.join("\n\n",
                "一、总体要求",
                "以习近平新时代中国特色社会主义思想为指导，全面贯",
                "彻落实党的二十大精神，立足新发展阶段，完整、准确、全",
                "面贯彻新发展理念。",
                "二、深化重点领域改革，打造营商环境升级版",
                "（一）市场准入退出。",
                "1.破除市场准入壁垒。全面落实市场准入负面清单、外",
                "商投资准入前国民待遇加负面清单管理，探索开展市场准入",
                "效能评估。",
                "2.提升企业开办效率。企业开办一次申报、0.5天办结、",
                "零费用。",
                "（牵头部门：市市场监管局；责任部门：市发改委、市",
                "商务局，各区人民政府）",
                "三、深化重点区域创新，打造营商环境亮点品牌",
                "（二）汉阳区打造法治化营商环境示范区。启动区块链赋",
                "能知识产权保护工作试点，构建线",
                "上区块链溯源治理+线下知识产权保护站+行业协会（商会）",
                "标准化管理体系。打造社会治理综合指挥中心升级版，实现",
                "便民服务、矛盾调处“一楼通办”。（责任单位：",
                "汉阳区人民政府）",
                "（三）东湖高新区自贸片区打造国际化营商环境示范",
                "区。成立武汉自贸片区进出口企业服务联盟，发挥“一站式”",
                "质量服务站作用，发布服务企业清单。",
                "四、保障措施") + "\n";
        CleanText c = clean(pdf);
        assertEquals(String.join("\n",
                "一、总体要求",
                "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，立足新发展阶段，完整、准确、全面贯彻新发展理念。",
                "二、深化重点领域改革，打造营商环境升级版",
                "（一）市场准入退出。",
                "1.破除市场准入壁垒。全面落实市场准入负面清单、外商投资准入前国民待遇加负面清单管理，探索开展市场准入效能评估。",
                "2.提升企业开办效率。企业开办一次申报、0.5天办结、零费用。",
                "（牵头部门：市市场监管局；责任部门：市发改委、市商务局，各区人民政府）",
                "三、深化重点区域创新，打造营商环境亮点品牌",
                "（二）汉阳区打造法治化营商环境示范区。启动区块链赋能知识产权保护工作试点，构建线上区块链溯源治理+线下知识产权保护站+行业协会（商会）标准化管理体系。打造社会治理综合指挥中心升级版，实现便民服务、矛盾调处“一楼通办”。（责任单位：汉阳区人民政府）",
                "（三）东湖高新区自贸片区打造国际化营商环境示范区。成立武汉自贸片区进出口企业服务联盟，发挥“一站式”质量服务站作用，发布服务企业清单。",
                "四、保障措施") + "\n", c.text());
    }

    @Test
    void joinsAMidSentenceBreakInOrdinaryText() {
        String web = "（三）便利企业跨区域经营和迁移。全面清理违规设置的企业跨区域经营和迁移限制条\n\n件，简化企业跨区域迁移涉税涉费事项办理程序（市市场监管局负责）。\n\n二、营造适应产业需求的要素环境\n\n（十一）“一站式”展示全市工业用地信息。\n";
        CleanText c = clean(web);
        assertTrue(c.text().startsWith("（三）便利企业跨区域经营和迁移。全面清理违规设置的企业跨区域经营和迁移限制条件，简化"), c.text());
        assertTrue(c.text().contains("负责）。\n二、营造适应产业需求的要素环境\n（十一）"), c.text());
    }

    @Test
    void keepsTitlesAndHeadingsOnTheirOwnLines() {
        CleanText c = clean("东西湖区持续改进提升营商环境行动方案\n\n为持续深入推动我区营商环境优化升级，制定本方案。\n\n一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。\n");
        assertEquals("东西湖区持续改进提升营商环境行动方案\n为持续深入推动我区营商环境优化升级，制定本方案。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神。\n", c.text());
    }

    @Test
    void aClauseInBracketsEndsTheLineButABracketedWordDoesNot() {
        CleanText c = clean("强化正向激励，加快研究出台产业工人队伍建设激励政策，支持行业协会（商会）\n\n发挥作用（团市委负责）\n\n（二十一）全力保障市场主体用能需求。\n");
        assertEquals("强化正向激励，加快研究出台产业工人队伍建设激励政策，支持行业协会（商会）发挥作用（团市委负责）\n（二十一）全力保障市场主体用能需求。\n", c.text());
    }

    @Test
    void convertsTraditionalToSimplifiedKeepingTheOriginalQuote() {
        CleanText c = clean("(以下附錄節錄自中華人民共和國廣州市人民政府的網站)\n");
        assertEquals("(以下附录节录自中华人民共和国广州市人民政府的网站)\n", c.text());
        Span span = new Span(c.text().indexOf("附录"), c.text().indexOf("附录") + 2);
        assertEquals("附錄", c.quote(span));
    }

    @Test
    void foldsFullWidthLettersAndDigitsButKeepsChinesePunctuation() {
        CleanText c = clean("１．推广ＡＥＯ认证　（责任单位：区商务局；区综保办）。\n");
        assertEquals("1．推广AEO认证 （责任单位：区商务局；区综保办）。\n", c.text());
    }

    @Test
    void traditionalLineOfGuangzhouIsSimplifiedAndQuotedAsWritten() {
        CleanText c = cleaner.clean(Seeds.read(Seeds.GUANGZHOU));
        int at = c.text().indexOf("(以下附录节录自中华人民共和国广州市人民政府的网站");
        assertTrue(at >= 0, c.text().substring(0, 200));
        assertEquals("(以下附錄節錄自中華人民共和國廣州市人民政府的網站", c.quote(new Span(at, at + 25)));
    }

    @Test
    void guangzhouBrokenSentenceIsJoined() {
        CleanText c = cleaner.clean(Seeds.read(Seeds.GUANGZHOU));
        assertTrue(c.text().contains("全面清理违规设置的企业跨区域经营和迁移限制条件，简化企业跨区域迁移涉税涉费事项办理程序"));
    }

    @Test
    void dropsPinyinGlossesKeepingTheOriginalQuote() {
        CleanText c = clean("一、優化營(yíng)商(shāng)環境，促進經(jīng)濟發展的(de)若干措施\n");
        assertEquals("一、优化营商环境，促进经济发展的若干措施\n", c.text());
        int at = c.text().indexOf("营商");
        assertEquals("營(yíng)商", c.quote(new Span(at, at + 2)));
        int economy = c.text().indexOf("经济");
        assertEquals("經(jīng)濟", c.quote(new Span(economy, economy + 2)));
    }

    @Test
    void theOffsetMapStaysExactAroundDroppedGlosses() {
        String original = "<p>推进經(jīng)濟發展，優化營(yíng)商(shāng)環境&nbsp;。</p>\n";
        CleanText c = clean(original);
        assertEquals("推进经济发展，优化营商环境 。\n", c.text());
        int[] map = c.toOriginal();
        for (int i = 0; i < c.text().length(); i++) {
            char from = original.charAt(map[i]);
            char clean = c.text().charAt(i);
            assertTrue(clean == from || clean == CharacterNormalizer.simplified(from) || from == '&' || from == '<',
                    i + ": " + clean + " from " + from);
            assertTrue(i == 0 || map[i] > map[i - 1]);
        }
        int at = c.text().indexOf("营商环境");
        assertEquals("營(yíng)商(shāng)環境", c.quote(new Span(at, at + 4)));
    }

    @Test
    void keepsLatinWordsInBracketsWhenThereAreNoGlosses() {
        CleanText c = clean("推广政务服务移动端(app)应用，推行“一码通”(pass)。\n");
        assertEquals("推广政务服务移动端(app)应用，推行“一码通”(pass)。\n", c.text());
    }

    @Test
    void htmlParagraphsAndRowsKeepTheirLines() {
        CleanText c = clean("<p>一、重点任务</p><p>（一）优化市场准入。推行&lt;证照分离&gt;改革。<br/>（二）优化纳税服务。</p>\n"
                + "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>推行企业开办一日办结。</td><td>区市场监管局</td></tr></table>\n");
        assertEquals("一、重点任务\n（一）优化市场准入。推行<证照分离>改革。\n（二）优化纳税服务。\n"
                + "序号\t工作任务\t责任单位\n1\t推行企业开办一日办结。\t区市场监管局\n", c.text());
    }

    @Test
    void joinsANumberingAloneOnItsLineWithItsTitle() {
        CleanText c = clean("一、\n\n重点任务\n（一）\n优化市场准入\n1.\n推行企业开办一日办结。\n");
        assertEquals("一、重点任务\n（一）优化市场准入\n1.推行企业开办一日办结。\n", c.text());
    }

    @Test
    void labelledResponsibilityLinesStayOnTheirOwn() {
        CleanText c = clean("1.推行企业开办一日办结，压缩办理时间\n牵头单位：区市场监管局\n配合单位：区税务局、区人社局\n完成时限：2024年6月底前\n");
        assertEquals("1.推行企业开办一日办结，压缩办理时间\n牵头单位：区市场监管局\n配合单位：区税务局、区人社局\n完成时限：2024年6月底前\n", c.text());
    }

    @Test
    void keepsTheRowNumbersOfATableFlattenedIntoText() {
        CleanText c = clean("序号 工作任务 责任单位\n1\n推行企业开办一日办结，压缩办理时间\n区市场监管局\n2\n推广电子税务局\n区税务局\n\n- 7 -\n\n3 推行证照分离改革 区行政审批局\n");
        assertEquals("序号 工作任务 责任单位\n1\n推行企业开办一日办结，压缩办理时间\n区市场监管局\n2\n推广电子税务局\n区税务局\n"
                + "3 推行证照分离改革 区行政审批局\n", c.text());
    }

    @ParameterizedTest
    @MethodSource("org.reformgraph.loader.read.Seeds#names")
    void everyCleanCharacterMapsBackToTheCharacterItCameFrom(String seed) {
        SourceText source = Seeds.read(seed);
        CleanText c = cleaner.clean(source);
        String original = source.text();
        int[] map = c.toOriginal();
        assertEquals(c.text().length() + 1, map.length);
        for (int i = 0; i < c.text().length(); i++) {
            char clean = c.text().charAt(i);
            char from = original.charAt(map[i]);
            boolean same = clean == from
                    || clean == CharacterNormalizer.foldWidth(from)
                    || clean == CharacterNormalizer.simplified(from)
                    || from == '&' && (clean == ' ' || clean == '&');
            if (!same) {
                fail(seed + ": clean char " + i + " '" + clean + "' maps to original " + map[i] + " '" + from + "'");
            }
            if (i > 0 && map[i] <= map[i - 1]) {
                fail(seed + ": offsets not increasing at clean char " + i);
            }
        }
        // a kept line quotes back as the same words
        for (String line : c.text().split("\n")) {
            int at = c.text().indexOf(line);
            String quote = c.quote(new Span(at, at + line.length()));
            assertEquals(line.charAt(0), quote.charAt(0));
        }
        assertFalse(c.text().contains("[bookmark"));
        assertFalse(c.text().contains("<ul"));
        assertFalse(c.text().contains("\n\n"));
        assertFalse(Arrays.stream(c.text().split("\n")).anyMatch(l -> l.matches("\\d+")), seed + " still has a page number line");
    }
}
