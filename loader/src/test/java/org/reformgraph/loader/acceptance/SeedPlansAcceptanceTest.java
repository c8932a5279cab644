package org.reformgraph.loader.acceptance;

import org.reformgraph.loader.testing.Rapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;

/**
 * The five seed plans, loaded from seeds/ through the whole pipeline into TDB2, checked against what a careful
 * reader finds in the texts. Expectations are written from the texts, not from the loader's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPlansAcceptanceTest {
    static final String WUHAN = "000_99b205d77e7190ac.txt";
    static final String XIAMEN = "001_f8c864038247f383.txt";
    static final String GUANGZHOU = "002_b3011f46f47b348f.txt";
    static final String SHANGHAI = "003_746cb864f4adb819.txt";
    static final String DONGXIHU = "004_5adb9ef32ff991ea.txt";

    @TempDir
    static Path dbDir;
    Dataset dataset;
    SeedGraph graph;
    List<LoadReport> reports;

    @BeforeAll
    void loadSeeds() {
        dataset = TDB2Factory.connectDataset(dbDir.toString());
        reports = new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, SeedGraph.seedsFolder(), report -> { });
        graph = new SeedGraph(dataset);
    }

    @AfterAll
    void close() {
        dataset.close();
    }

    @Test
    void everySeedIsLoadedWithItsMeasureCount() {
        assertEquals(Set.of("wuhan-2023", "xiamen-2022", "guangzhou-2023", "shanghai-2017", "dongxihu-2025"),
                reports.stream().map(LoadReport::planId).collect(java.util.stream.Collectors.toSet()));
        assertEquals("4", graph.value("SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE { ?plan a rg:Plan ; rg:jurisdiction/rg:city ?city }"),
                "Wuhan (and Dongxihu within it), Xiamen, Guangzhou, Shanghai");
        assertEquals(36, graph.measureCount(graph.planOf(WUHAN)), "Wuhan: 1.–31. and five district items");
        assertEquals(21, graph.measureCount(graph.planOf(XIAMEN)), "Xiamen: 18 numbered items and three paragraphs");
        assertEquals(39, graph.measureCount(graph.planOf(GUANGZHOU)), "Guangzhou: （一）…（三十九）");
        assertEquals(100, graph.measureCount(graph.planOf(DONGXIHU)), "Dongxihu: 1.–20. and 80 non-empty table rows");
        assertEquals(24, graph.measureCount(graph.planOf(SHANGHAI)), "Shanghai: items of parts 二–六");
    }

    @Test
    void wuhanSectionBlockAppliesToEveryMeasureOfItsSection() {
        String plan = graph.planOf(WUHAN);
        List<String> expected = sorted(List.of(
                "Lead/Explicit/1/市市场监管局/inherited",
                "Responsible/Explicit/1/市发改委/inherited", "Responsible/Explicit/2/市商务局/inherited",
                "Responsible/Explicit/3/市政务服务大数据局/inherited", "Responsible/Explicit/4/市生态环境局/inherited",
                "Responsible/Explicit/5/市人社局/inherited", "Responsible/Explicit/6/市税务局/inherited",
                "Responsible/Explicit/7/市公安局/inherited", "Responsible/Explicit/8/市医保局/inherited",
                "Responsible/Explicit/9/市公积金中心/inherited", "Responsible/Explicit/10/各区人民政府/inherited"));
        assertEquals(expected, sorted(graph.attributions(graph.measure(plan, "1.", "破除市场准入壁垒"))));
        assertEquals(expected, sorted(graph.attributions(graph.measure(plan, "4.", "完善企业退出机制"))));
    }

    @Test
    void wuhanSectionWithSeveralLeads() {
        String plan = graph.planOf(WUHAN);
        List<String> leads = graph.attributions(graph.measure(plan, "9.", "便利公共服务接入")).stream()
                .filter(a -> a.startsWith("Lead/")).toList();
        assertEquals(sorted(List.of("Lead/Explicit/1/市水务局/inherited", "Lead/Explicit/2/市经信局/inherited",
                "Lead/Explicit/3/市城管委/inherited", "Lead/Explicit/4/武汉供电公司/inherited")), sorted(leads));
    }

    @Test
    void wuhanDistrictItemsCarryTheirOwnUnit() {
        String plan = graph.planOf(WUHAN);
        // The block of the last item is split by a page number ("（责任" / "17" / "单位：蔡甸区人民政府）").
        String caidian = graph.measure(plan, "（五）", "蔡甸区");
        assertEquals(List.of("Lead/FirstListed/1/蔡甸区人民政府"), graph.attributions(caidian));
        String hanyang = graph.measure(plan, "（二）", "汉阳区");
        assertEquals(List.of("Lead/FirstListed/1/汉阳区人民政府"), graph.attributions(hanyang));
        String city = graph.value("SELECT ?city WHERE { <" + hanyang + "> rg:leadAgency ?a . ?a rg:jurisdiction ?j . "
                + "?j rg:level rg:District ; rg:city ?c . ?c rdfs:label ?city }");
        assertEquals("武汉市", city);
    }

    @Test
    void guangzhouUnionsSeveralGroupsAndKeepsEachSpan() {
        String plan = graph.planOf(GUANGZHOU);
        String measure = graph.measure(plan, "（二）", "全面推行市场准入");
        // Each group closes its own sentence, i.e. its own task: the first unit of each group leads that task.
        assertEquals(sorted(List.of("Lead/FirstListed/1/市市场监管局", "Responsible/Explicit/2/市政务服务数据管理局",
                "Lead/FirstListed/1/市文化广电旅游局")), sorted(graph.attributions(measure)), "three agencies from two groups");
        List<Map<String, String>> spans = graph.select("SELECT DISTINCT ?quote WHERE { ?att a rg:Attribution ; rg:measure <" + measure
                + "> ; rg:evidence ?s . ?s rg:quote ?quote }");
        assertEquals(2, spans.size(), "each group keeps its own evidence span: " + spans);
        assertTrue(spans.stream().anyMatch(r -> r.get("quote").contains("市文化广电旅游局负责")));
    }

    @Test
    void guangzhouNamedDistrictIsScopedToTheCity() {
        String plan = graph.planOf(GUANGZHOU);
        String measure = graph.measure(plan, "（一）", "推进放宽市场准入");
        List<Map<String, String>> rows = graph.select("SELECT ?label ?level ?city WHERE { <" + measure
                + "> rg:responsibleAgency ?a . ?a skos:altLabel \"南沙区政府\"@zh ; rg:jurisdiction ?j . ?j rdfs:label ?label ; "
                + "rg:level ?level ; rg:city ?c . ?c rdfs:label ?city }");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("南沙区", rows.get(0).get("label"));
        assertEquals(RG.District.getURI(), rows.get(0).get("level"));
        assertEquals("广州市", rows.get(0).get("city"));
    }

    @Test
    void dongxihuNarrativeMeasuresAndTable() {
        String plan = graph.planOf(DONGXIHU);
        String first = graph.measure(plan, "1.", "便利市场准入准营");
        assertEquals(sorted(List.of("Lead/FirstListed/1/区行政审批局", "Responsible/Explicit/2/区税务局")),
                sorted(graph.attributions(first)));
        String city = graph.value("SELECT DISTINCT ?city WHERE { <" + first + "> rg:leadAgency ?a . ?a rg:jurisdiction ?j . "
                + "?j rdfs:label \"东西湖区\"@zh ; rg:city ?c . ?c rdfs:label ?city }");
        assertEquals("武汉市", city);

        int narrative = Integer.parseInt(graph.value("SELECT (COUNT(?m) AS ?n) WHERE { ?m a rg:Measure ; rg:plan <" + plan
                + "> FILTER NOT EXISTS { ?m rg:tableRow ?row } }"));
        assertEquals(20, narrative);
        int rows = Integer.parseInt(graph.value("SELECT (COUNT(?m) AS ?n) WHERE { ?m a rg:Measure ; rg:plan <" + plan
                + "> ; rg:tableRow ?row }"));
        // 86 numbered rows; rows 8, 35, 40, 69, 70 and 71 are empty and stay out, row 43 keeps its lone unit.
        assertEquals(80, rows, "table rows");
        int innovations = Integer.parseInt(graph.value("SELECT (COUNT(?m) AS ?n) WHERE { ?m rg:plan <" + plan
                + "> ; rg:innovation true }"));
        assertEquals(35, innovations, "rows whose content starts with * (after leading spaces and HTML)");

        String row2 = graph.value("SELECT ?m WHERE { ?m rg:plan <" + plan + "> ; rg:tableRow \"2\" }");
        assertEquals(List.of("Lead/FirstListed/1/区行政审批局"), graph.attributions(row2));
        assertEquals(first, graph.value("SELECT ?n WHERE { <" + row2 + "> rg:implementsMeasure ?n }"));
    }

    @Test
    void xiamenRestartedNumberingAndHeadedParagraphs() {
        String plan = graph.planOf(XIAMEN);
        graph.measure(plan, "1.", "优化市场准入退出");
        graph.measure(plan, "4.", "优化办理破产");
        // 四（一）（二）（三） have no numbered items: each heading's paragraph is the measure.
        String pilotZone = graph.measure(plan, "（一）", "自贸试验区打造开放创新高地");
        assertTrue(graph.value("SELECT ?t WHERE { <" + pilotZone + "> rg:text ?t }").contains("数字自贸区"));
        assertEquals("0", graph.value("SELECT (COUNT(?m) AS ?n) WHERE { ?m a rg:Measure ; rg:plan <" + plan
                + "> ; dct:title ?t FILTER(STRSTARTS(STR(?t), \"强化营商环境全链条创新机制\")) }"), "part 五 is no measure");
    }

    @Test
    void shanghaiMeasuresAreTheItemsOfPartsTwoToSix() {
        String plan = graph.planOf(SHANGHAI);
        graph.measure(plan, "(一)", "全面实行准入前国民待遇");
        String ip = graph.measure(plan, "（四）", "加强知识产权保护");
        assertEquals("上海知识产权法院", graph.value("SELECT ?s WHERE { ?x a rg:AgencyMention ; rg:measure <" + ip
                + "> ; rg:surfaceForm ?s }"));
        assertEquals("0", graph.value("SELECT (COUNT(?m) AS ?n) WHERE { ?m a rg:Measure ; rg:plan <" + plan
                + "> ; dct:title ?t FILTER(STRSTARTS(STR(?t), \"总体目标\") || STRSTARTS(STR(?t), \"健全营商环境改革\")) }"),
                "items of parts 一 and 七 are no measures");
    }

    @Test
    void plansWithoutAttributionsStillNameAgencies() {
        for (String file : List.of(XIAMEN, SHANGHAI)) {
            String plan = graph.planOf(file);
            assertEquals("0", graph.value("SELECT (COUNT(?att) AS ?n) WHERE { ?att a rg:Attribution ; rg:measure ?m . "
                    + "?m rg:plan <" + plan + "> }"), file + " has no attributions");
        }
        List<Map<String, String>> shanghai = graph.select("SELECT DISTINCT ?label WHERE { ?m rg:plan <"
                + graph.planOf(SHANGHAI) + "> ; rg:mentionsAgency ?a . ?mention a rg:AgencyMention ; rg:measure ?m ; "
                + "rg:agency ?a ; rg:surfaceForm ?label }");
        Set<String> labels = new HashSet<>();
        shanghai.forEach(r -> labels.add(r.get("label")));
        assertTrue(labels.containsAll(List.of("上海知识产权法院", "上海铁路运输法院")), "mentions: " + labels);
        assertFalse(labels.contains("电子税务局"), "an e-tax platform is not an agency: " + labels);
        assertFalse(labels.contains("智慧法院"), "a court IT programme is not an agency: " + labels);
    }

    @Test
    void everyFactPointsBackToTheOriginalText() throws Exception {
        String plan = graph.planOf(WUHAN);
        String original = java.nio.file.Files.readString(SeedGraph.seedsFolder().resolve(WUHAN));
        List<Map<String, String>> spans = graph.select("SELECT ?start ?end ?quote WHERE { ?s a rg:TextSpan ; rg:plan <"
                + plan + "> ; rg:start ?start ; rg:end ?end ; rg:quote ?quote }");
        assertFalse(spans.isEmpty());
        int[] codePoints = original.codePoints().toArray();
        for (Map<String, String> span : spans) {
            int start = Integer.parseInt(span.get("start"));
            int end = Integer.parseInt(span.get("end"));
            assertEquals(new String(codePoints, start, end - start), span.get("quote"), "span " + start + "-" + end);
        }
    }

    @Test
    void validateAcceptsEverySeedGraph() {
        CliRun validate = CliRun.of("validate", "--db", dbDir.toString());
        assertEquals(0, validate.exit(), validate.err() + validate.out());
    }

    @Test
    void exportParsesInAnIndependentParserWithTheStoresCounts() throws Exception {
        long quads = quadCount();
        long unionTriples = Txn.calculateRead(dataset, () -> dataset.getUnionModel().size());
        record Case(String format, String rapperSyntax, long expected) {
        }
        for (Case c : List.of(new Case("nq", "nquads", quads), new Case("trig", "trig", quads),
                new Case("ttl", "turtle", unionTriples))) {
            CliRun export = CliRun.of("export", "--db", dbDir.toString(), "--format", c.format());
            assertEquals(0, export.exit(), export.err());
            Path file = Files.createTempFile(dbDir.getParent(), "export", "." + c.format());
            Files.writeString(file, export.out(), StandardCharsets.UTF_8);
            // Jena reads it back: always available, so the round trip is checked on every machine.
            assertEquals(c.expected(), JenaCount.of(file), c.format() + " read back by Jena");
            // raptor's rapper is the independent parser; .ci/run installs it (Debian raptor2-utils).
            Assumptions.assumeTrue(Rapper.available(), "rapper (raptor2-utils) is not installed");
            assertEquals(c.expected(), Rapper.count(file, c.rapperSyntax()), c.format() + " parsed by rapper");
        }
    }

    @Test
    void loadingAgainLeavesTheSameGraph() {
        Set<String> iris = iris();
        long quads = quadCount();
        new PlanLoader(RG.DEFAULT_BASE).loadFolder(dataset, SeedGraph.seedsFolder(), report -> { });
        assertEquals(quads, quadCount());
        assertEquals(iris, iris());
    }

    private long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private Set<String> iris() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> out = new TreeSet<>();
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getSubject().isURI()) {
                    out.add(q.getSubject().getURI());
                }
                if (q.getObject().isURI()) {
                    out.add(q.getObject().getURI());
                }
            }
            return out;
        });
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
