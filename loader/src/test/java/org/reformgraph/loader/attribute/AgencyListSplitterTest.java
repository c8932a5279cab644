package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

class AgencyListSplitterTest {
    final AgencyListSplitter splitter = new AgencyListSplitter(new AgencyLexicon(AgencyTypeScheme.get()));

    List<String> split(String list) {
        List<ListedName> names = splitter.split(list, new Span(0, list.length()));
        for (ListedName n : names) {
            assertEquals(n.surface(), AgencyListSplitter.compact(n.span().of(list)), "span holds the name");
        }
        return names.stream().map(ListedName::surface).toList();
    }

    @Test
    void splitsOnListPunctuation() {
        assertEquals(List.of("市商务局", "市港务局", "广州海关", "黄埔海关"), split("市商务局、市港务局，广州海关;黄埔海关"));
    }

    @Test
    void keepsHeInsideNamesAndSplitsItBetweenNames() {
        assertEquals(List.of("市发展和改革委员会", "市住房和城乡建设局", "市人力资源和社会保障局"),
                split("市发展和改革委员会、市住房和城乡建设局、市人力资源和社会保障局"));
        assertEquals(List.of("市财政局", "市商务局"), split("市财政局和市商务局"));
        assertEquals(List.of("市财政局", "市发改委"), split("市财政局及市发改委"));
        assertEquals(List.of("市工业和信息化局", "市规划和自然资源局"), split("市工业和信息化局、市规划和自然资源局"));
    }

    @Test
    void dropsEtcTails() {
        assertEquals(List.of("区市场监管局", "区发改局", "各街道办事处"), split("区市场监管局、区发改局等信用体系建设相关部门、各街道办事处"));
        assertEquals(List.of("市法院", "市司法局", "市市场监管局"), split("市法院、市司法局、市市场监管局等"));
        assertEquals(List.of("区行政审批局"), split("区行政审批局等相关部门"));
        assertEquals(List.of("区司法局"), split("区司法局、有关部门"));
    }

    @Test
    void keepsDeadlinesOutOfNames() {
        assertEquals(List.of("市商务局"), split("市商务局，6月底前完成"));
        assertEquals(List.of("市商务局"), split("市商务局2023年底前完成"));
        assertEquals(List.of("市发改委", "市财政局"), split("市发改委、市财政局，持续推进"));
    }

    @Test
    void notesAreNotPartOfTheName() {
        List<ListedName> names = splitter.split("市发改委，各区人民政府<包括开发区、长江新区、风景区，下同>",
                new Span(0, "市发改委，各区人民政府<包括开发区、长江新区、风景区，下同>".length()));
        assertEquals(List.of("市发改委", "各区人民政府"), names.stream().map(ListedName::surface).toList());
        assertEquals(new Span(5, 11), names.get(1).span());
        assertEquals(List.of("区政府"), split("区政府（开发区管委会）"));
    }

    @Test
    void flattenedTableCellsSplitOnSpacesAndKeepEachNameOnce() {
        assertEquals(List.of("区发改局", "区经科局", "各街道办事处"), split("区发改局、区经科局 区经科局、各街道办事处"));
        assertEquals(List.of("区财政局"), split("区财政局 区财政局"));
    }

    @Test
    void wordsBeforeTheFirstNameAreNotPartOfIt() {
        assertEquals(List.of("市发改委"), split("由市发改委"));
        assertEquals(List.of("市商务局", "市财政局"), split("请市商务局、市财政局"));
        assertEquals(List.of("由来已久"), split("由来已久"), "no name follows: nothing is cut");
    }

    @Test
    void lineBreaksInsideANameAreJoined() {
        assertEquals(List.of("市商务局", "市政务服务大数据局"), split("市\n商务局、市政\n务服务大数据局"));
    }
}
