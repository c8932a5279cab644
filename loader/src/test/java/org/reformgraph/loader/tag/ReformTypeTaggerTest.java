package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;

class ReformTypeTaggerTest {
    private static final ReformTypeTagger TAGGER = ReformTypeTagger.standard();

    private static List<ReformTypeOccurrence> tag(String text) {
        return TAGGER.tag(text, new Span(0, text.length()), CandidateTerms.empty());
    }

    private static List<String> slugs(List<ReformTypeOccurrence> found) {
        return found.stream().map(ReformTypeOccurrence::conceptSlug).toList();
    }

    @Test
    void quotedBrandsInAWuhanSentence() {
        String text = "全面推行“交房云办证”和二手房“掌上办”“带押过户”。";
        List<ReformTypeOccurrence> found = tag(text);
        assertEquals(List.of("jiao-fang-yun-ban-zheng", "mobile-service", "mortgaged-property-transfer"), slugs(found));
        ReformTypeOccurrence transfer = found.get(2);
        assertEquals("带押过户", transfer.label());
        assertEquals(new Span(21, 25), transfer.span());
        assertTrue(transfer.quoted());
        assertFalse(transfer.candidate());
        assertEquals(0.95, transfer.confidence());
        ReformTypeOccurrence candidate = found.get(0);
        assertTrue(candidate.candidate() && candidate.quoted());
        assertEquals("交房云办证", candidate.label());
        assertEquals(0.6, candidate.confidence());
    }

    @Test
    void variantsOfDoubleRandomAreOneConcept() {
        String wuhan = "按照 5%的比例抽取市级行业协会商会开展“双随机一公开”抽查。";
        String guangzhou = "将信用评价结果常态化嵌入“双随机、一公开”监管。";
        String shanghai = "完善双随机抽查工作机制";
        for (String text : List.of(wuhan, guangzhou, shanghai)) {
            assertEquals(List.of("double-random-one-public"), slugs(tag(text)), text);
        }
        ReformTypeOccurrence gz = tag(guangzhou).get(0);
        assertEquals("双随机、一公开", gz.label());
        assertEquals(new Span(13, 20), gz.span());
    }

    @Test
    void singleWindowWithAndWithoutItsPrefixAndQuotes() {
        String wuhan = "推广应用国际贸易“单一窗口”货物申报服务集成接口";
        ReformTypeOccurrence found = tag(wuhan).get(0);
        assertEquals("single-window", found.conceptSlug());
        assertEquals("国际贸易“单一窗口”", found.label());
        assertTrue(found.quoted());
        assertEquals("single-window", tag("依托“单一窗口”建设航空物流公共信息平台").get(0).conceptSlug());
    }

    @Test
    void unquotedKnownReformsAreFoundWithSlightlyLowerConfidence() {
        String xiamen = "推进无还本续贷增量扩面，完善小微企业“四贷”长效机制。";
        List<ReformTypeOccurrence> found = tag(xiamen);
        assertEquals(List.of("loan-renewal-without-principal-repayment", "si-dai"), slugs(found));
        assertFalse(found.get(0).quoted());
        assertEquals(0.9, found.get(0).confidence());
        assertEquals(List.of("business-suspension-filing"), slugs(tag("建立健全歇业备案制度，加强部门间信息共享")));
    }

    @Test
    void slogansAreNotReforms() {
        String shanghai = "支持金融机构结合“一带一路”建设“走出去”，做好相关金融服务。";
        assertEquals(List.of(), tag(shanghai));
        assertEquals(List.of(), tag("全力推进国家“双创”示范基地建设。"));
        assertEquals(List.of(), tag("构建“一站式”劳动保障维权新模式"));
        assertEquals(List.of(), tag("践行“有求必应、无事不扰”服务理念"));
    }

    @Test
    void aCompositeQuotedTermYieldsTheReformsInsideItNotACandidate() {
        String xiamen = "深入实施住所、经营场所“标准化登记+申报承诺+告知承诺制”，便利企业开办。";
        assertEquals(List.of("standardised-address-registration", "notification-and-commitment"), slugs(tag(xiamen)));
        assertEquals(List.of(), TAGGER.candidates(xiamen));
    }

    @Test
    void longQuotedPhrasesAndNumbersAreNotCandidates() {
        assertEquals(List.of(), TAGGER.candidates("打造“要素保障充分、资源供给优质、前瞻服务精准”的政务服务生态"));
        assertEquals(List.of(), TAGGER.candidates("推进“1518”重点项目建设"));
        assertEquals(List.of(), TAGGER.candidates("为“产业第一，制造业立市”提供有力支撑"));
    }

    @Test
    void pass2FindsInAnotherPlanUnquotedWhatOnePlanQuoted() {
        // With a scheme that does not know 无还本续贷, Wuhan's quotation makes it a candidate in pass 1 …
        ReformTypeTagger uncurated = new ReformTypeTagger(ReformTypeScheme.fromModel(ModelFactory.createDefaultModel()),
                NotReforms.load());
        String wuhan = "推动银行机构扩大“随借随还”“循环贷款”“无还本续贷”运用";
        CandidateTerms pass1 = CandidateTerms.of(uncurated.candidates(wuhan));
        assertTrue(pass1.byKey("无还本续贷").isPresent());
        // … and pass 2 over Xiamen, which writes it without quotes, finds it there.
        String xiamen = "推进无还本续贷增量扩面";
        List<ReformTypeOccurrence> found = uncurated.tag(xiamen, new Span(0, xiamen.length()), pass1);
        assertEquals(1, found.size());
        ReformTypeOccurrence o = found.get(0);
        assertEquals("wu-huan-ben-xu-dai", o.conceptSlug());
        assertEquals(new Span(2, 7), o.span());
        assertTrue(o.candidate());
        assertFalse(o.quoted());
        assertEquals(0.5, o.confidence());
        // Without pass 1 Xiamen's sentence alone shows nothing.
        assertEquals(List.of(), uncurated.tag(xiamen, new Span(0, xiamen.length()), CandidateTerms.empty()));
    }

    @Test
    void unquotedCandidatesMustBeWholeWords() {
        CandidateTerms known = CandidateTerms.of(TAGGER.candidates("推动实现关联事项“集成办”、异地事项“跨域办”"));
        String wuhan = "深化工程建设项目审批改革，优化阶段并联审批协同机制，推动更多审批事项集成办理。";
        assertEquals(List.of(), TAGGER.tag(wuhan, new Span(0, wuhan.length()), known));
        String dongxihu = "推动关联事项集成办，做到";
        assertEquals(List.of("ji-cheng-ban"), slugs(TAGGER.tag(dongxihu, new Span(0, dongxihu.length()), known)));
        CandidateTerms gold = CandidateTerms.of(TAGGER.candidates("完善“上海金”定价机制"));
        String shanghai = "完善上海金融综合管理试点";
        assertEquals(List.of(), TAGGER.tag(shanghai, new Span(0, shanghai.length()), gold));
    }

    @Test
    void twoCharacterCandidatesCountOnlyQuoted() {
        CandidateTerms known = CandidateTerms.of(TAGGER.candidates("开展“育苗”“壮苗”行动"));
        assertEquals(2, known.size());
        String text = "培育壮苗行动";
        assertEquals(List.of(), TAGGER.tag(text, new Span(0, text.length()), known));
    }

    @Test
    void spansIndexTheWholeTextWhenARegionIsGiven() {
        String text = "（一）市场准入退出。推行市场准入“极简审批”。";
        Span region = new Span(10, text.length());
        ReformTypeOccurrence o = TAGGER.tag(text, region, CandidateTerms.empty()).get(0);
        assertEquals("minimal-approval", o.conceptSlug());
        assertEquals("极简审批", o.span().of(text));
    }

    @Test
    void theNotReformsListSaysWhyForEveryTerm() throws Exception {
        NotReforms list = NotReforms.load();
        assertTrue(list.contains("走出去"));
        assertTrue(list.contains("“一带一路”"));
        assertTrue(list.reason("放管服").contains("umbrella"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NotReforms.parse(new StringReader("# header\n走出去   # a slogan\n双创\n"), "list.txt"));
        assertTrue(e.getMessage().contains("list.txt line 3"), e.getMessage());
    }
}
