package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.NodeKind;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;

class TaggerTest {
    private static final Tagger TAGGER = Tagger.standard();

    /** A cleaned text that is its own original: enough for the tag stage, which only reads {@code text}. */
    static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new CleanText(text, text, map);
    }

    static OutlineNode measure(String text, String number, int ordinal, String path, String title) {
        int start = text.indexOf(number + title);
        int end = text.indexOf('\n', start);
        Span span = new Span(start, end < 0 ? text.length() : end);
        Span body = new Span(start + number.length(), span.end());
        return new OutlineNode(NodeKind.MEASURE, number, ordinal, path, title, span, body, List.of(), null);
    }

    static OutlineNode section(NodeKind kind, String text, String number, int ordinal, String path, String title,
                               List<OutlineNode> children) {
        int start = text.indexOf(number + title);
        int end = children.isEmpty() ? start + number.length() + title.length()
                : children.get(children.size() - 1).span().end();
        return new OutlineNode(kind, number, ordinal, path, title, new Span(start, end),
                new Span(start + number.length(), end), children, null);
    }

    private static final String WUHAN = """
            二、深化重点领域改革，打造营商环境升级版
            （一）市场准入退出。
            1.破除市场准入壁垒。全面落实市场准入负面清单、外商投资准入前国民待遇加负面清单管理，探索开展市场准入效能评估。推行市场准入“极简审批”。探索企业市内跨区迁移“一件事”改革。
            2.提升企业开办效率。企业开办一次申报、0.5天办结、零费用。依托电子营业执照系统推行“一企一码”。持续推进“一照多址”改革，便利企业扩大经营规模。
            （五）获得金融服务。
            15.降低企业融资成本。推动银行机构扩大“随借随还”“循环贷款”“无还本续贷”运用。体系内融资担保机构降低担保费率至1%及以下。
            """;

    static Outline wuhanOutline() {
        OutlineNode m1 = measure(WUHAN, "1.", 1, "2.1.1", "破除市场准入壁垒。");
        OutlineNode m2 = measure(WUHAN, "2.", 2, "2.1.2", "提升企业开办效率。");
        OutlineNode m15 = measure(WUHAN, "15.", 1, "2.5.1", "降低企业融资成本。");
        OutlineNode s1 = section(NodeKind.SECTION, WUHAN, "（一）", 1, "2.1", "市场准入退出。", List.of(m1, m2));
        OutlineNode s5 = section(NodeKind.SECTION, WUHAN, "（五）", 5, "2.5", "获得金融服务。", List.of(m15));
        OutlineNode part = section(NodeKind.PART, WUHAN, "二、", 2, "2", "深化重点领域改革，打造营商环境升级版",
                List.of(s1, s5));
        return new Outline(List.of(part), List.of());
    }

    @Test
    void tagsEveryMeasureOfAnOutline() {
        List<MeasureTags> tags = TAGGER.tag(identity(WUHAN), wuhanOutline(), CandidateTerms.empty());
        assertEquals(List.of("2.1.1", "2.1.2", "2.5.1"), tags.stream().map(MeasureTags::measurePath).toList());

        MeasureTags first = tags.get(0);
        assertEquals(List.of("market-access-negative-list", "pre-establishment-national-treatment",
                        "market-access-efficiency-assessment", "minimal-approval", "enterprise-relocation-facilitation",
                        "one-thing"),
                first.reformTypes().stream().map(ReformTypeOccurrence::conceptSlug).toList());
        assertTrue(first.topics().stream().anyMatch(t -> t.topicIri().endsWith("/bready/business-entry")
                && t.basis().equals(TopicAssignment.HEADING) && t.confidence() == 0.9));

        MeasureTags second = tags.get(1);
        assertEquals(new BigDecimal("0.5"), second.targets().get(0).value());
        assertEquals("0.5天", second.targets().get(0).span().of(WUHAN));
        assertTrue(second.reformTypes().stream().anyMatch(o -> o.conceptSlug().equals("electronic-business-licence")));

        MeasureTags finance = tags.get(2);
        assertTrue(finance.topics().stream().anyMatch(t -> t.topicIri().endsWith("/bready/financial-services")));
        assertEquals(List.of("xun-huan-dai-kuan", PinyinSlug.of("随借随还"), "loan-renewal-without-principal-repayment")
                        .stream().sorted().toList(),
                finance.reformTypes().stream().map(ReformTypeOccurrence::conceptSlug).sorted().toList());
        assertEquals("<=", finance.targets().get(0).comparator());
    }

    @Test
    void twoPassesOverTwoPlans() {
        CleanText wuhan = identity(WUHAN);
        String xiamenText = "3.加强融资支持服务。深化信易贷平台金融科技内核，推广随借随还贷款产品。\n";
        CleanText xiamen = identity(xiamenText);
        OutlineNode m = measure(xiamenText, "3.", 3, "1.3", "加强融资支持服务。");
        Outline xiamenOutline = new Outline(List.of(m), List.of());

        CandidateTerms pass1 = TAGGER.candidates(wuhan).plus(TAGGER.candidates(xiamen));
        MeasureTags tags = TAGGER.tag(xiamen, xiamenOutline, pass1).get(0);
        List<ReformTypeOccurrence> found = tags.reformTypes();
        // the slug is whatever pinyin HanLP gives (it reads this 还 as hai): an identifier, stable across plans
        assertEquals(List.of("credit-easy-loan", PinyinSlug.of("随借随还")),
                found.stream().map(ReformTypeOccurrence::conceptSlug).toList());
        ReformTypeOccurrence borrowed = found.get(1);
        assertTrue(borrowed.candidate());
        assertFalse(borrowed.quoted());
        assertEquals("随借随还", borrowed.span().of(xiamenText));
        // Xiamen alone does not know 随借随还 is a name
        assertEquals(List.of("credit-easy-loan"), TAGGER.tag(xiamen, xiamenOutline, CandidateTerms.empty()).get(0)
                .reformTypes().stream().map(ReformTypeOccurrence::conceptSlug).toList());
    }

    @Test
    void aMeasureWithNoTopicalWordsBorrowsFromItsNeighbour() {
        TopicAssignment tax = new TopicAssignment(TopicTaggerTest.BREADY + "taxation", 0.9, TopicAssignment.HEADING);
        List<MeasureTags> in = List.of(new MeasureTags("4.1", List.of(), List.of(), List.of()),
                new MeasureTags("4.2", List.of(), List.of(tax), List.of()),
                new MeasureTags("4.3", List.of(), List.of(), List.of()));
        List<MeasureTags> out = Tagger.borrowTopicsForTheUntopical(in);
        for (int i : new int[] {0, 2}) {
            TopicAssignment borrowed = out.get(i).topics().get(0);
            assertEquals(tax.topicIri(), borrowed.topicIri());
            assertEquals(TopicAssignment.NEIGHBOUR, borrowed.basis());
            assertEquals(Tagger.NEIGHBOUR_CONFIDENCE, borrowed.confidence());
        }
        assertEquals(List.of(tax), out.get(1).topics());
    }

    /**
     * Numbered items of a seed as measures, without sections, titled by their first sentence as an outliner would:
     * the hardest case, where only an item's own words can decide.
     */
    private static Outline numberedItems(String text) {
        Pattern start = Pattern.compile(
                "(?m)^(?:[ \\t\\u3000]|\\[bookmark: [^\\]]*\\])*(\\d+[.．]|[（(][一二三四五六七八九十]+[）)])");
        Matcher m = start.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start(1));
            numbers.add(m.group(1));
        }
        List<OutlineNode> nodes = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            Span span = new Span(starts.get(i), end);
            Span body = new Span(starts.get(i) + numbers.get(i).length(), end);
            String bodyText = body.of(text);
            int stop = bodyText.indexOf('。');
            String title = stop > 0 && stop <= 30 ? bodyText.substring(0, stop) : "";
            nodes.add(new OutlineNode(NodeKind.MEASURE, numbers.get(i), i + 1, "m" + (i + 1), title, span, body,
                    List.of(), null));
        }
        return new Outline(nodes, List.of());
    }

    @Test
    void everyNumberedItemOfEverySeedGetsATopic() {
        for (String file : SeedTexts.CITY.keySet()) {
            String text = SeedTexts.read(file);
            Outline outline = numberedItems(text);
            assertTrue(outline.measures().size() >= 10, file);
            for (MeasureTags tags : TAGGER.tag(identity(text), outline, CandidateTerms.empty())) {
                assertFalse(tags.topics().isEmpty(), file + " item " + tags.measurePath() + " has no topic");
            }
        }
    }

    @Test
    void aCandidateIsFoundUnquotedOnlyAsAWholeWord() {
        CandidateTerm counter = new CandidateTerm("集成办", "集成办", PinyinSlug.of("集成办"));
        assertTrue(TAGGER.finds("设立“集成办”窗口。", counter));
        assertFalse(TAGGER.finds("推行企业开办集成办理。", counter), "集成办理 does not contain the word 集成办");
        CandidateTerm cloud = new CandidateTerm("交房云办证", "交房云办证", PinyinSlug.of("交房云办证"));
        assertTrue(TAGGER.finds("全面推行交房云办证，压缩办理时间。", cloud));
    }
}
