package org.reformgraph.loader.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.outline.NodeKind;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;

/**
 * The Wuhan plan (000) end to end through this stage, on a crude cleaning (PDF line breaks and page numbers removed)
 * and a crude outline of parts 二 and 三 built here: measures 1.–31. under ten topic sections, each section closed by
 * one （牵头部门：…；责任部门：…） block, and five district items closed by their own （责任单位：…）. As an outline
 * may do, each section's last measure runs on to the section's end, closing block included.
 */
class WuhanSeedAttributionTest {
    static String text;
    static List<AttributedMeasure> result;

    @BeforeAll
    static void attribute() throws IOException {
        String raw = Files.readString(SeedAgenciesTest.seeds().resolve("000_99b205d77e7190ac.txt"), StandardCharsets.UTF_8);
        text = raw.replaceAll("(?m)^\\s*\\d{1,3}\\s*$", "").replaceAll("\\s*\\n\\s*", "");
        int part2 = text.indexOf("二、深化重点领域改革");
        int part3 = text.indexOf("三、深化重点区域创新");
        int part4 = text.indexOf("四、保障措施");

        List<OutlineNode> sections = new ArrayList<>();
        List<Integer> sectionStarts = starts(Pattern.compile("（[一二三四五六七八九十]+）"), part2, part3);
        Matcher measureNumber = Pattern.compile("(\\d{1,2})\\.(?=\\p{IsHan})").matcher(text);
        int next = 1;
        for (int s = 0; s < sectionStarts.size(); s++) {
            int start = sectionStarts.get(s);
            int end = s + 1 < sectionStarts.size() ? sectionStarts.get(s + 1) : part3;
            List<Integer> measureStarts = new ArrayList<>();
            measureNumber.region(start, end);
            while (measureNumber.find()) {
                if (Integer.parseInt(measureNumber.group(1)) == next) {
                    measureStarts.add(measureNumber.start());
                    next++;
                }
            }
            List<OutlineNode> measures = new ArrayList<>();
            for (int m = 0; m < measureStarts.size(); m++) {
                int ms = measureStarts.get(m);
                int me = m + 1 < measureStarts.size() ? measureStarts.get(m + 1) : end;
                measures.add(node(NodeKind.MEASURE, "2." + (s + 1) + "." + (m + 1), ms, me, List.of()));
            }
            sections.add(node(NodeKind.SECTION, "2." + (s + 1), start, end, measures));
        }
        List<OutlineNode> districtItems = new ArrayList<>();
        List<Integer> itemStarts = starts(Pattern.compile("（[一二三四五]）"), part3, part4);
        for (int i = 0; i < itemStarts.size(); i++) {
            int end = i + 1 < itemStarts.size() ? itemStarts.get(i + 1) : part4;
            districtItems.add(node(NodeKind.MEASURE, "3." + (i + 1), itemStarts.get(i), end, List.of()));
        }
        List<OutlineNode> roots = List.of(node(NodeKind.PART, "2", part2, part3, sections),
                node(NodeKind.PART, "3", part3, part4, districtItems));
        result = new Attributor().attribute(TestTexts.identity(text), new Outline(roots, List.of()));
    }

    static List<Integer> starts(Pattern p, int from, int to) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    static OutlineNode node(NodeKind kind, String path, int start, int end, List<OutlineNode> children) {
        return new OutlineNode(kind, "", 1, path, "", new Span(start, end), new Span(start, end), children, null);
    }

    static List<String> leads(AttributedMeasure m) {
        return m.attributions().stream().filter(a -> a.role() == Role.LEAD).map(Attribution::surface).toList();
    }

    @Test
    void everyMeasureInheritsItsSectionsBlock() {
        assertEquals(36, result.size(), "31 measures and 5 district items");
        for (AttributedMeasure m : result.subList(0, 31)) {
            assertTrue(!m.attributions().isEmpty() && m.attributions().stream().allMatch(Attribution::inherited),
                    m.measure().path() + ": " + m.attributions());
            assertTrue(m.attributions().stream().anyMatch(a -> a.surface().equals("各区人民政府")), m.measure().path());
        }
        assertEquals(List.of("市市场监管局"), leads(result.get(0)));
        assertEquals(List.of("市水务局", "市经信局", "市城管委", "武汉供电公司"), leads(result.get(8)));
        assertEquals(List.of("市商务局", "武汉海关"), leads(result.get(17)));
        assertEquals(List.of("市法院"), leads(result.get(30)));
        assertTrue(result.get(26).attributions().stream().anyMatch(a -> a.surface().equals("市工商联")
                && a.role() == Role.RESPONSIBLE && a.rank() == 8));
    }

    @Test
    void districtItemsCarryTheirOwnStatement() {
        List<String> expected = List.of("武昌区人民政府", "汉阳区人民政府", "东湖高新区管委会", "江夏区人民政府", "蔡甸区人民政府");
        for (int i = 0; i < 5; i++) {
            AttributedMeasure item = result.get(31 + i);
            assertEquals(1, item.attributions().size(), item.attributions().toString());
            Attribution a = item.attributions().get(0);
            assertEquals(expected.get(i), a.surface());
            assertEquals(Basis.FIRST_LISTED, a.basis());
            assertTrue(!a.inherited());
        }
    }

    @Test
    void measuresMentionAgenciesOutsideTheirStatements() {
        AttributedMeasure wuchang = result.get(31);
        assertTrue(wuchang.mentions().stream().anyMatch(m -> m.surface().equals("武昌区法院")), wuchang.mentions().toString());
        for (AttributedMeasure m : result) {
            for (AgencyMention mention : m.mentions()) {
                assertEquals(mention.surface(), mention.span().of(text));
                assertTrue(m.attributions().stream().noneMatch(a -> a.evidence().contains(mention.span())));
            }
        }
    }
}
