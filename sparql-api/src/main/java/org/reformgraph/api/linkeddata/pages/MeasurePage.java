package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.reformgraph.api.linkeddata.GraphReader.Row;
import org.reformgraph.api.linkeddata.html.HtmlWriter;
import org.reformgraph.api.linkeddata.html.Ui;
import org.reformgraph.ontology.RG;

/**
 * A measure: its text with the span behind each fact marked, its attributions (role, basis, confidence), the agencies
 * it mentions, its topics, reform types and targets, and the measures of other cities that adopt the same reform types.
 */
final class MeasurePage implements ResourcePage {
    private static final String SPAN = """
            SELECT ?start ?quote WHERE { ?r rg:evidence ?span . ?span rg:start ?start ; rg:quote ?quote }
            """;
    private static final String ANCESTORS = """
            SELECT ?s ?path WHERE { ?r rg:section+ ?s . ?s rg:path ?path }
            """;
    private static final String ATTRIBUTIONS = """
            SELECT ?at ?a ?role ?rank ?basis ?inherited ?conf ?surface ?start ?end ?quote WHERE {
              ?at a rg:Attribution ; rg:measure ?r ; rg:agency ?a .
              OPTIONAL { ?at rg:role ?role } OPTIONAL { ?at rg:rank ?rank } OPTIONAL { ?at rg:basis ?basis }
              OPTIONAL { ?at rg:inherited ?inherited } OPTIONAL { ?at rg:confidence ?conf }
              OPTIONAL { ?at rg:surfaceForm ?surface }
              OPTIONAL { ?at rg:evidence ?sp . ?sp rg:start ?start ; rg:end ?end ; rg:quote ?quote }
            }
            """;
    private static final String MENTIONS = """
            SELECT ?mn ?a ?method ?conf ?surface ?start ?end WHERE {
              ?mn a rg:AgencyMention ; rg:measure ?r ; rg:agency ?a .
              OPTIONAL { ?mn rg:method ?method } OPTIONAL { ?mn rg:confidence ?conf } OPTIONAL { ?mn rg:surfaceForm ?surface }
              OPTIONAL { ?mn rg:evidence ?sp . ?sp rg:start ?start ; rg:end ?end }
            }
            """;
    private static final String REFORMS = """
            SELECT ?rt ?o ?surface ?quoted ?conf ?start ?end WHERE {
              ?r rg:reformType ?rt .
              OPTIONAL { ?o a rg:ReformTypeOccurrence ; rg:measure ?r ; rg:reformType ?rt .
                         OPTIONAL { ?o rg:surfaceForm ?surface } OPTIONAL { ?o rg:quoted ?quoted }
                         OPTIONAL { ?o rg:confidence ?conf }
                         OPTIONAL { ?o rg:evidence ?sp . ?sp rg:start ?start ; rg:end ?end } }
            }
            """;
    private static final String TOPICS = """
            SELECT ?t ?basis ?conf WHERE {
              ?r rg:topic ?t .
              OPTIONAL { ?ta a rg:TopicAssignment ; rg:measure ?r ; rg:topic ?t .
                         OPTIONAL { ?ta rg:basis ?basis } OPTIONAL { ?ta rg:confidence ?conf } }
            }
            """;
    private static final String TARGETS = """
            SELECT ?t ?value ?unit ?comparator ?deadline ?conf ?start ?end ?quote WHERE {
              ?r rg:target ?t .
              OPTIONAL { ?t rg:value ?value } OPTIONAL { ?t rg:unit ?unit } OPTIONAL { ?t rg:comparator ?comparator }
              OPTIONAL { ?t rg:deadline ?deadline } OPTIONAL { ?t rg:confidence ?conf }
              OPTIONAL { ?t rg:evidence ?sp . ?sp rg:start ?start ; rg:end ?end ; rg:quote ?quote }
            }
            """;
    private static final String ELSEWHERE = """
            SELECT DISTINCT ?rt ?m ?city ?plan ?number ?title WHERE {
              ?r rg:reformType ?rt ; rg:plan/rg:jurisdiction ?j .
              OPTIONAL { ?j rg:city ?c0 } BIND (COALESCE(?c0, ?j) AS ?mine)
              ?m rg:reformType ?rt ; rg:plan ?plan . ?plan rg:jurisdiction ?j2 .
              OPTIONAL { ?j2 rg:city ?c2 } BIND (COALESCE(?c2, ?j2) AS ?city)
              FILTER (?city != ?mine)
              OPTIONAL { ?m rg:number ?number } OPTIONAL { ?m dct:title ?title }
            } ORDER BY ?rt ?city ?plan ?m
            """;

    @Override
    public String title(PageContext c) {
        String number = c.value(RG.number, null);
        String title = c.value(DCTerms.title, null);
        String text = c.value(RG.text, null);
        String name = title != null ? title : text != null ? PlanPage.excerpt(text) : PageContext.localName(c.iri());
        return (number == null ? "" : number + " ") + name;
    }

    @Override
    public void body(PageContext c, HtmlWriter w) {
        breadcrumb(c, w);
        List<Row> attributions = sortedByIri(c.withLabels(c.select(ATTRIBUTIONS), "a", "role", "basis"), "at");
        List<Row> mentions = sortedByIri(c.withLabels(c.select(MENTIONS), "a"), "mn");
        List<Row> reforms = c.withLabels(c.select(REFORMS), "rt");
        List<Row> targets = c.select(TARGETS);
        text(c, w, attributions, mentions, reforms, targets);
        attributions(c, w, attributions);
        mentions(c, w, mentions);
        topics(c, w);
        reforms(c, w, reforms);
        targets(c, w, targets);
        elsewhere(c, w);
    }

    private static void breadcrumb(PageContext c, HtmlWriter w) {
        w.open("nav", "class", "breadcrumb");
        String plan = c.objectIri(RG.plan);
        if (plan != null) {
            c.link(w, plan);
        }
        List<Row> ancestors = new ArrayList<>(c.withLabels(c.select(ANCESTORS), "s"));
        ancestors.sort((a, b) -> OutlinePaths.compare(a.text("path"), b.text("path")));
        for (Row section : ancestors) {
            w.text(" › ");
            c.link(w, section.iri("s"));
        }
        w.close("nav");
    }

    private static void text(PageContext c, HtmlWriter w, List<Row> attributions, List<Row> mentions, List<Row> reforms,
                             List<Row> targets) {
        PageContext.heading(w, "text");
        List<Row> span = c.select(SPAN);
        w.open("p", "class", "measure-text", "lang", "zh");
        if (span.isEmpty()) {
            w.text(c.value(RG.text, null));
        } else {
            List<Highlight.Fact> facts = new ArrayList<>();
            for (Row a : attributions) {
                addFact(facts, a, "attribution", Ui.zh("agency") + "：" + c.label(a.iri("a")) + "（" + c.label(a.iri("role")) + "）");
            }
            for (Row m : mentions) {
                addFact(facts, m, "mention", Ui.zh("mentions") + "：" + c.label(m.iri("a")));
            }
            for (Row r : reforms) {
                addFact(facts, r, "reform", Ui.zh("reformType") + "：" + c.label(r.iri("rt")));
            }
            for (Row t : targets) {
                addFact(facts, t, "target", Ui.zh("targets") + "：" + targetText(t));
            }
            Highlight.write(w, span.get(0).text("quote"), span.get(0).integer("start", 0), facts);
        }
        w.close("p");
        w.open("p", "class", "legend");
        w.element("mark", Ui.both("attributions"), "class", "attribution").text(" ");
        w.element("mark", Ui.both("mentions"), "class", "mention").text(" ");
        w.element("mark", Ui.both("reformTypes"), "class", "reform").text(" ");
        w.element("mark", Ui.both("targets"), "class", "target");
        w.close("p");
    }

    private static void addFact(List<Highlight.Fact> facts, Row row, String kind, String note) {
        if (row.has("start") && row.has("end")) {
            facts.add(new Highlight.Fact(kind, note, row.integer("start", 0), row.integer("end", 0)));
        }
    }

    private static void attributions(PageContext c, HtmlWriter w, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "attributions");
        w.open("table");
        PageContext.headerRow(w, "agency", "role", "rank", "basis", "inherited", "confidence", "surfaceForm", "quote");
        for (Row a : rows) {
            w.open("tr", "id", "attribution-" + PageContext.localName(a.iri("at")));
            w.open("td");
            c.link(w, a.iri("a"));
            w.close("td");
            w.open("td");
            if (a.has("role")) {
                c.link(w, a.iri("role"));
            }
            w.close("td");
            w.element("td", a.text("rank"), "class", "num");
            w.open("td");
            if (a.has("basis")) {
                c.link(w, a.iri("basis"));
            }
            w.close("td");
            w.open("td");
            Ui.write(w, Boolean.parseBoolean(a.text("inherited")) ? "yes" : "no");
            w.close("td");
            w.element("td", a.text("conf"), "class", "num");
            w.element("td", a.text("surface"), "lang", "zh");
            w.element("td", a.text("quote"), "lang", "zh", "class", "quote");
            w.close("tr");
        }
        w.close("table");
    }

    private static void mentions(PageContext c, HtmlWriter w, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "mentions");
        w.open("ul");
        for (Row m : rows) {
            w.open("li");
            c.link(w, m.iri("a"));
            w.text(" — " + nonNull(m.text("surface")) + " (" + nonNull(m.text("method")) + ", " + Ui.en("confidence")
                    + " " + nonNull(m.text("conf")) + ")");
            w.close("li");
        }
        w.close("ul");
    }

    private static void topics(PageContext c, HtmlWriter w) {
        List<Row> rows = c.withLabels(c.select(TOPICS), "t", "basis");
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "topics");
        w.open("table");
        PageContext.headerRow(w, "topic", "basis", "confidence");
        for (Row t : rows) {
            w.open("tr").open("td");
            c.link(w, t.iri("t"));
            w.close("td").open("td");
            if (t.has("basis")) {
                c.link(w, t.iri("basis"));
            }
            w.close("td");
            w.element("td", t.text("conf"), "class", "num");
            w.close("tr");
        }
        w.close("table");
    }

    private static void reforms(PageContext c, HtmlWriter w, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "reformTypes");
        w.open("table");
        PageContext.headerRow(w, "reformType", "surfaceForm", "quoted", "confidence");
        for (Row r : rows) {
            w.open("tr").open("td");
            c.link(w, r.iri("rt"));
            w.close("td");
            w.element("td", r.text("surface"), "lang", "zh");
            w.open("td");
            if (r.has("quoted")) {
                Ui.write(w, Boolean.parseBoolean(r.text("quoted")) ? "yes" : "no");
            }
            w.close("td");
            w.element("td", r.text("conf"), "class", "num");
            w.close("tr");
        }
        w.close("table");
    }

    private static void targets(PageContext c, HtmlWriter w, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "targets");
        w.open("table");
        PageContext.headerRow(w, "value", "deadline", "confidence", "quote");
        for (Row t : rows) {
            w.open("tr");
            w.open("td").link(c.paths().href(t.iri("t")), targetText(t)).close("td");
            w.element("td", t.text("deadline"), "class", "num");
            w.element("td", t.text("conf"), "class", "num");
            w.element("td", t.text("quote"), "lang", "zh", "class", "quote");
            w.close("tr");
        }
        w.close("table");
    }

    private static void elsewhere(PageContext c, HtmlWriter w) {
        List<Row> rows = c.withLabels(c.select(ELSEWHERE), "rt", "city", "plan");
        if (rows.isEmpty()) {
            return;
        }
        PageContext.heading(w, "sameReformElsewhere");
        Map<String, List<Row>> byReform = new LinkedHashMap<>();
        for (Row row : rows) {
            byReform.computeIfAbsent(row.iri("rt"), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Row>> e : byReform.entrySet()) {
            w.open("h3");
            c.link(w, e.getKey());
            w.close("h3");
            w.open("ul");
            for (Row row : e.getValue()) {
                w.open("li");
                c.link(w, row.iri("city"));
                w.text(" · ");
                c.link(w, row.iri("plan"));
                w.text(" · ");
                String label = nonNull(row.text("number")) + " "
                        + (row.has("title") ? row.text("title") : PageContext.localName(row.iri("m")));
                w.link(c.paths().href(row.iri("m")), label.strip());
                w.close("li");
            }
            w.close("ul");
        }
    }

    static String targetText(Row t) {
        String comparator = t.text("comparator");
        String value = t.text("value");
        return (comparator == null || comparator.equals("=") ? "" : comparator + " ") + nonNull(value)
                + nonNull(t.text("unit"));
    }

    private static List<Row> sortedByIri(List<Row> rows, String var) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.iri(var), OutlinePaths.ORDER.thenComparing(Comparator.naturalOrder())));
        return sorted;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
