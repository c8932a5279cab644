package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic of the business environment and the words a plan uses for it (resource {@code topics.txt}).
 *
 * @param key      e.g. market-entry
 * @param sections section headings, e.g. 市场准入退出
 * @param kinds    the agency kinds that lead measures of this topic, most likely first
 * @param headings measure headings, e.g. 提升企业开办效率
 * @param objects  what measures act on, e.g. 企业开办
 * @param reforms  prefLabels of the reform types its measures usually adopt, e.g. 证照分离
 */
public record Topic(String key, List<String> sections, List<String> kinds, List<String> headings, List<String> objects,
                    List<String> reforms) {

    static List<Topic> load(AgencyDirectory agencies) {
        List<Topic> topics = new ArrayList<>();
        String key = null;
        Map<String, List<String>> fields = new HashMap<>();
        List<Resources.Line> lines = new ArrayList<>(Resources.lines("topics.txt"));
        lines.add(new Resources.Line("topics.txt", -1, "@"));
        for (Resources.Line line : lines) {
            if (line.text().startsWith("@")) {
                if (key != null) {
                    topics.add(build(key, fields, line, agencies));
                }
                key = line.text().substring(1);
                fields = new HashMap<>();
            } else {
                String[] columns = line.text().split("\t");
                if (columns.length != 2 || key == null) {
                    throw line.error("'@topic' then 'field <TAB> a|b|…' lines");
                }
                String separator = columns[0].equals("kinds") ? " " : "\\|";
                fields.put(columns[0], List.of(columns[1].split(separator)));
            }
        }
        return topics;
    }

    private static Topic build(String key, Map<String, List<String>> fields, Resources.Line next, AgencyDirectory agencies) {
        for (String field : List.of("sections", "kinds", "headings", "objects", "reforms")) {
            if (!fields.containsKey(field)) {
                throw new IllegalStateException("topics.txt: topic " + key + " has no '" + field + "' line (before line " + next.number() + ")");
            }
        }
        for (String kind : fields.get("kinds")) {
            if (!agencies.knows(kind)) {
                throw new IllegalStateException("topics.txt: topic " + key + " names agency kind '" + kind + "', which agencies.txt does not list");
            }
        }
        return new Topic(key, fields.get("sections"), fields.get("kinds"), fields.get("headings"), fields.get("objects"),
                fields.get("reforms"));
    }
}
