package org.reformgraph.loader.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    static final String BREADY = "https://w3id.org/reformgraph/scheme/topic/bready/";
    static final String CN = "https://w3id.org/reformgraph/scheme/topic/cn/";
    private static final TopicTagger TAGGER = TopicTagger.standard();

    private static List<String> iris(List<TopicAssignment> found) {
        return found.stream().map(TopicAssignment::topicIri).toList();
    }

    @Test
    void theSchemesHaveTenAndEighteenTopics() {
        TopicScheme scheme = TopicScheme.load();
        assertEquals(10, scheme.topics().stream().filter(t -> t.iri().startsWith(BREADY)).count());
        assertEquals(18, scheme.topics().stream().filter(t -> t.iri().startsWith(CN)).count());
        assertTrue(scheme.topics().stream().allMatch(t -> !t.keywords().isEmpty() && !t.headingLabels().isEmpty()));
    }

    @Test
    void aWuhanSectionHeadingNamesTheBreadyTopic() {
        String measure = "建立健全歇业备案制度，加快推进市场经营主体歇业集成服务改革，构建歇业申请、歇业政策供给、歇业监管、歇业恢复的闭环管理。";
        List<TopicAssignment> found = TAGGER.tag("完善企业退出机制", List.of("市场准入退出", "深化重点领域改革，打造营商环境升级版"),
                measure, "");
        TopicAssignment entry = found.stream().filter(a -> a.topicIri().equals(BREADY + "business-entry")).findFirst()
                .orElseThrow();
        assertEquals(TopicAssignment.HEADING, entry.basis());
        assertEquals(0.9, entry.confidence());
    }

    @Test
    void theMeasuresOwnTitleComesBeforeItsSection() {
        List<TopicAssignment> found = TAGGER.tag("着力提高纳税服务便利度", List.of("营造有利于产业集聚的市场环境"),
                "开展“税直达”试点，精准响应企业诉求。", "");
        assertTrue(iris(found).containsAll(List.of(BREADY + "taxation", CN + "paying-taxes")), iris(found).toString());
        assertTrue(found.stream().allMatch(a -> a.basis().equals(TopicAssignment.HEADING)));
    }

    @Test
    void withoutAHeadingTheWordsDecide() {
        String xiamen = "深入推进企业高频证照变更联办“一件事”，优化全程网办功能。提升市场主体注销便利化水平，持续优化简易注销和一般注销办理程序。"
                + "建立健全歇业备案制度，加强部门间信息共享。";
        List<TopicAssignment> found = TAGGER.tag("", List.of(), xiamen, "");
        TopicAssignment entry = found.stream().filter(a -> a.topicIri().equals(BREADY + "business-entry")).findFirst()
                .orElseThrow();
        assertEquals(TopicAssignment.WORDS, entry.basis());
        assertTrue(entry.confidence() >= 0.5 && entry.confidence() <= 0.8, "confidence " + entry.confidence());
    }

    @Test
    void aFarAncestorHeadingCountsLessThanTheParent() {
        List<TopicAssignment> found = TAGGER.tag("", List.of("完善企业退出机制", "办理破产"), "完善管理人动态管理制度。", "");
        assertEquals(List.of(BREADY + "business-insolvency", CN + "resolving-insolvency"), iris(found));
        assertEquals(0.8, found.get(0).confidence());
    }

    @Test
    void everyMeasureGetsATopicEvenWithFewWords() {
        List<TopicAssignment> oneHit = TAGGER.tag("", List.of(), "加强法院建设。", "");
        assertEquals(List.of(BREADY + "dispute-resolution", CN + "enforcing-contracts"), iris(oneHit));
        assertTrue(oneHit.stream().allMatch(a -> a.confidence() == TopicTagger.FALLBACK_OWN_WORDS));
        List<TopicAssignment> fromSection = TAGGER.tag("", List.of(), "加快推进有关工作。",
                "加快推进有关工作。深化破产审判机构与人员专业化。");
        assertFalse(fromSection.isEmpty());
        assertEquals(TopicTagger.FALLBACK_SECTION_WORDS, fromSection.get(0).confidence());
        assertEquals(TopicAssignment.WORDS, fromSection.get(0).basis());
    }

    @Test
    void wordConfidenceRisesWithHits() {
        assertEquals(0.5, TopicTagger.wordConfidence(2));
        assertEquals(0.6, TopicTagger.wordConfidence(3));
        assertEquals(0.8, TopicTagger.wordConfidence(9));
    }
}
