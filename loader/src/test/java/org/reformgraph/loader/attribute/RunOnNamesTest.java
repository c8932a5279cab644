package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

class RunOnNamesTest {
    final RunOnNames runOn = new RunOnNames(new AgencyLexicon(AgencyTypeScheme.get()));

    List<String> split(String names) {
        List<ListedName> out = runOn.split(names, new ListedName(names, new Span(0, names.length())));
        for (ListedName n : out) {
            assertEquals(n.surface(), n.span().of(names), "span holds the name");
        }
        return out.stream().map(ListedName::surface).toList();
    }

    @Test
    void namesThatRanTogetherAreCutWhereAJurisdictionStartsAfterAFullName() {
        assertEquals(List.of("区财政局", "区发改局", "区直相关单位"), split("区财政局区发改局区直相关单位"));
        assertEquals(List.of("区住建交通局", "区规划分局"), split("区住建交通局区规划分局"));
        assertEquals(List.of("国网成都供电公司", "区经信局"), split("国网成都供电公司区经信局"));
        assertEquals(List.of("区发改局", "各街道"), split("区发改局各街道"));
        assertEquals(List.of("市商务局", "青岛海关"), split("市商务局青岛海关"));
    }

    @Test
    void aPlaceNoListKnowsIsRecognisedByHanLP() {
        assertEquals(List.of("县发改局", "长兴县财政局"), split("县发改局长兴县财政局"));
    }

    @Test
    void aNationalBodysBranchIsOneName() {
        assertEquals(List.of("人民银行青岛市中心支行"), split("人民银行青岛市中心支行"));
        assertEquals(List.of("国家税务总局武汉市税务局"), split("国家税务总局武汉市税务局"));
    }

    @Test
    void oneNameStaysWhole() {
        assertEquals(List.of("区政府办公室"), split("区政府办公室"));
        assertEquals(List.of("市市场监管局"), split("市市场监管局"));
        assertEquals(List.of("区住房和城乡建设局"), split("区住房和城乡建设局"));
        assertEquals(List.of("市公安局交通管理局"), split("市公安局交通管理局"));
        assertEquals(List.of("国网成都供电公司"), split("国网成都供电公司"));
    }
}
