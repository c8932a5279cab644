package org.reformgraph.api.linkeddata.html;

import java.util.Map;

/** The pages' own words, in Chinese and English; a page shows both. */
public final class Ui {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("plan", new String[] {"方案", "Plan"}),
            Map.entry("plans", new String[] {"方案", "Plans"}),
            Map.entry("measure", new String[] {"举措", "Measure"}),
            Map.entry("measures", new String[] {"举措", "Measures"}),
            Map.entry("section", new String[] {"章节", "Section"}),
            Map.entry("outline", new String[] {"结构", "Outline"}),
            Map.entry("agency", new String[] {"机构", "Agency"}),
            Map.entry("agencies", new String[] {"机构", "Agencies"}),
            Map.entry("agencyType", new String[] {"机构类型", "Agency type"}),
            Map.entry("agencyTypes", new String[] {"机构类型", "Agency types"}),
            Map.entry("jurisdiction", new String[] {"行政区划", "Jurisdiction"}),
            Map.entry("subJurisdictions", new String[] {"下级区划", "Jurisdictions within"}),
            Map.entry("within", new String[] {"上级区划", "Within"}),
            Map.entry("city", new String[] {"所计城市", "City"}),
            Map.entry("level", new String[] {"层级", "Level"}),
            Map.entry("reformType", new String[] {"改革类型", "Reform type"}),
            Map.entry("reformTypes", new String[] {"改革类型", "Reform types"}),
            Map.entry("topic", new String[] {"主题", "Topic"}),
            Map.entry("topics", new String[] {"主题", "Topics"}),
            Map.entry("targets", new String[] {"量化目标", "Targets"}),
            Map.entry("text", new String[] {"原文", "Text"}),
            Map.entry("attributions", new String[] {"责任归属", "Attributions"}),
            Map.entry("mentions", new String[] {"提及的机构", "Agencies mentioned"}),
            Map.entry("role", new String[] {"角色", "Role"}),
            Map.entry("rank", new String[] {"位次", "Rank"}),
            Map.entry("basis", new String[] {"依据", "Basis"}),
            Map.entry("confidence", new String[] {"置信度", "Confidence"}),
            Map.entry("inherited", new String[] {"整节适用", "Whole section"}),
            Map.entry("surfaceForm", new String[] {"原文写法", "As written"}),
            Map.entry("quote", new String[] {"原文引文", "Quote"}),
            Map.entry("quoted", new String[] {"引号内", "Quoted"}),
            Map.entry("value", new String[] {"数值", "Value"}),
            Map.entry("deadline", new String[] {"期限", "Deadline"}),
            Map.entry("lead", new String[] {"牵头", "Lead"}),
            Map.entry("responsible", new String[] {"责任", "Responsible"}),
            Map.entry("cooperating", new String[] {"配合", "Cooperating"}),
            Map.entry("coLeads", new String[] {"共同牵头机构", "Co-leads"}),
            Map.entry("sameReformElsewhere", new String[] {"其他城市的同类改革", "The same reform type in other cities"}),
            Map.entry("adoption", new String[] {"各城市采用情况（按时间）", "Adoption across cities, in date order"}),
            Map.entry("firstAdopter", new String[] {"首个采用", "First adopter"}),
            Map.entry("follower", new String[] {"跟进", "Follower"}),
            Map.entry("date", new String[] {"日期", "Date"}),
            Map.entry("title", new String[] {"标题", "Title"}),
            Map.entry("issued", new String[] {"发布日期", "Issued"}),
            Map.entry("year", new String[] {"年份", "Year"}),
            Map.entry("documentNumber", new String[] {"文号", "Document number"}),
            Map.entry("issuer", new String[] {"发文机关", "Issuer"}),
            Map.entry("draft", new String[] {"征求意见稿", "Draft"}),
            Map.entry("measureCount", new String[] {"举措数", "Number of measures"}),
            Map.entry("provenance", new String[] {"来源与加载", "Provenance"}),
            Map.entry("sourceFile", new String[] {"源文件", "Source file"}),
            Map.entry("sha256", new String[] {"SHA-256 校验和", "SHA-256 checksum"}),
            Map.entry("loaderVersion", new String[] {"加载器版本", "Loader version"}),
            Map.entry("loadedAt", new String[] {"加载时间", "Loaded"}),
            Map.entry("encoding", new String[] {"编码", "Encoding"}),
            Map.entry("labels", new String[] {"名称", "Labels"}),
            Map.entry("altLabels", new String[] {"其他写法", "Other names"}),
            Map.entry("definition", new String[] {"定义", "Definition"}),
            Map.entry("concepts", new String[] {"概念", "Concepts"}),
            Map.entry("scheme", new String[] {"概念体系", "Concept scheme"}),
            Map.entry("statements", new String[] {"全部陈述", "All statements"}),
            Map.entry("property", new String[] {"属性", "Property"}),
            Map.entry("classes", new String[] {"类", "Classes"}),
            Map.entry("objectProperties", new String[] {"对象属性", "Object properties"}),
            Map.entry("datatypeProperties", new String[] {"数据属性", "Datatype properties"}),
            Map.entry("individuals", new String[] {"个体", "Individuals"}),
            Map.entry("domain", new String[] {"定义域", "Domain"}),
            Map.entry("range", new String[] {"值域", "Range"}),
            Map.entry("subClassOf", new String[] {"上位类", "Subclass of"}),
            Map.entry("subPropertyOf", new String[] {"上位属性", "Subproperty of"}),
            Map.entry("example", new String[] {"示例", "Example"}),
            Map.entry("version", new String[] {"版本", "Version"}),
            Map.entry("licence", new String[] {"许可", "Licence"}),
            Map.entry("formats", new String[] {"其他格式", "Other formats"}),
            Map.entry("dataset", new String[] {"数据集", "Dataset"}),
            Map.entry("ontology", new String[] {"本体", "Ontology"}),
            Map.entry("count", new String[] {"数量", "Count"}),
            Map.entry("none", new String[] {"无", "None"}),
            Map.entry("yes", new String[] {"是", "yes"}),
            Map.entry("no", new String[] {"否", "no"}),
            Map.entry("issuedPlans", new String[] {"发布的方案", "Plans issued"}));

    private Ui() {
    }

    public static String zh(String key) {
        return words(key)[0];
    }

    public static String en(String key) {
        return words(key)[1];
    }

    /** Both, as one line of text: {@code 举措 Measures}. */
    public static String both(String key) {
        String[] w = words(key);
        return w[0] + " " + w[1];
    }

    /** Writes the Chinese word and the English one, each marked with its language. */
    public static void write(HtmlWriter w, String key) {
        String[] words = words(key);
        w.element("span", words[0], "lang", "zh").text(" ").element("span", words[1], "lang", "en", "class", "en");
    }

    private static String[] words(String key) {
        String[] w = WORDS.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no UI words for '" + key + "'");
        }
        return w;
    }
}
