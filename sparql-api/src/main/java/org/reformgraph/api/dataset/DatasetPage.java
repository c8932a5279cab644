package org.reformgraph.api.dataset;

import java.util.List;
import java.util.Map;
import org.reformgraph.api.linkeddata.ResourcePaths;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.PageLayout;
import org.reformgraph.api.linkeddata.html.Ui;

/** The dataset description and the dump index as pages for people. */
final class DatasetPage {
    private DatasetPage() {
    }

    static String render(String base, String root, DatasetStatistics stats, List<DumpFile> dumps, List<String> examples) {
        ResourcePaths paths = new ResourcePaths(base);
        return PageLayout.render("reformgraph " + Ui.both("dataset"), base + "dataset", "/dataset", w -> {
            w.element("p", "Measures of Chinese government plans to improve the business environment (营商环境), the "
                    + "agencies that lead or carry them out, their reform types, topics and targets, each traced to the "
                    + "sentence of the plan that states it.", "lang", "en");
            w.open("dl");
            entry(w, "SPARQL", () -> w.link(root + "/sparql", root + "/sparql"));
            entry(w, "URI space", () -> w.element("code", base));
            entry(w, "Licence", () -> w.link(DatasetDescription.CC_BY_4, "CC BY 4.0"));
            entry(w, "Triples", () -> w.text(Long.toString(stats.triples())));
            entry(w, "Quads (all graphs)", () -> w.text(Long.toString(stats.quads())));
            entry(w, "Distinct subjects", () -> w.text(Long.toString(stats.distinctSubjects())));
            entry(w, "Distinct objects", () -> w.text(Long.toString(stats.distinctObjects())));
            entry(w, "Properties", () -> w.text(Long.toString(stats.properties())));
            entry(w, Ui.both("plans"), () -> w.text(Long.toString(stats.plans())));
            entry(w, Ui.both("loadedAt"), () -> w.text(stats.lastLoad() == null ? "—" : stats.lastLoad()));
            w.close("dl");
            w.element("h2", "Examples 示例");
            w.open("ul");
            for (String example : examples) {
                w.open("li").link(paths.href(example), example).close("li");
            }
            w.close("ul");
            w.element("h2", "Entities per class 各类实体数");
            counts(w, paths, stats.entitiesByClass());
            w.element("h2", "Triples per graph 各命名图三元组数");
            counts(w, paths, stats.triplesByGraph());
            w.element("h2", "Dumps 数据下载");
            dumpTable(w, dumps);
        });
    }

    static String dumpIndex(List<DumpFile> dumps) {
        return PageLayout.render("Dumps 数据下载", null, null, w -> {
            w.open("p").text("Checksums: ").link("/dumps/" + Dumps.SUMS, Dumps.SUMS)
                    .text(" (check with sha256sum -c " + Dumps.SUMS + ")").close("p");
            dumpTable(w, dumps);
        });
    }

    private static void dumpTable(HtmlWriter w, List<DumpFile> dumps) {
        w.open("table");
        w.open("tr").element("th", "File").element("th", "Holds").element("th", "Statements")
                .element("th", "Bytes").element("th", "SHA-256").close("tr");
        for (DumpFile f : dumps) {
            w.open("tr");
            w.open("td").link("/dumps/" + f.name(), f.name()).close("td");
            w.element("td", f.graph() == null ? "all graphs (N-Quads, gzip)" : f.graph());
            w.element("td", Long.toString(f.statements()), "class", "num");
            w.element("td", Long.toString(f.bytes()), "class", "num");
            w.open("td").link("/dumps/" + f.name() + ".sha256", f.sha256()).close("td");
            w.close("tr");
        }
        w.close("table");
    }

    private static void counts(HtmlWriter w, ResourcePaths paths, Map<String, Long> counts) {
        w.open("table");
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            w.open("tr").open("td").link(paths.href(e.getKey()), e.getKey()).close("td")
                    .element("td", Long.toString(e.getValue()), "class", "num").close("tr");
        }
        w.close("table");
    }

    private static void entry(HtmlWriter w, String term, Runnable content) {
        w.element("dt", term).open("dd");
        content.run();
        w.close("dd");
    }
}
