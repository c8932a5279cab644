package org.reformgraph.loader.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which topics a measure addresses, in each topic scheme separately.
 *
 * <ol>
 *   <li><b>Heading.</b> The topics of the scheme that the measure's own title names (confidence
 *   {@value #OWN_OR_PARENT_HEADING}), and those of the nearest enclosing heading that names any: the parent at
 *   {@value #OWN_OR_PARENT_HEADING}, a farther ancestor at {@value #ANCESTOR_HEADING}. A heading names a topic when it
 *   contains one of the topic's labels (Wuhan's （一）市场准入退出 names B-READY Business Entry).</li>
 *   <li><b>Words</b>, for a scheme no heading settled: the measure's text is scored per topic by the number of keyword
 *   occurrences; the best-scoring topics with at least {@value #MIN_WORD_HITS} hits are assigned, confidence 0.5 for
 *   2 hits rising by 0.1 a hit to 0.8.</li>
 *   <li><b>Fallback</b>, so that every measure has a topic: if neither gave any topic in any scheme, the best-scoring
 *   topic of the measure's words even with one hit ({@value #FALLBACK_OWN_WORDS}); failing that, the best of its
 *   enclosing section's words ({@value #FALLBACK_SECTION_WORDS}).</li>
 * </ol>
 */
public final class TopicTagger {
    static final double OWN_OR_PARENT_HEADING = 0.9;
    static final double ANCESTOR_HEADING = 0.8;
    static final int MIN_WORD_HITS = 2;
    static final double FALLBACK_OWN_WORDS = 0.3;
    static final double FALLBACK_SECTION_WORDS = 0.2;

    private final TopicScheme scheme;

    public TopicTagger(TopicScheme scheme) {
        this.scheme = scheme;
    }

    public static TopicTagger standard() {
        return new TopicTagger(TopicScheme.load());
    }

    /**
     * @param title            the measure's own heading or lead phrase (may be empty)
     * @param ancestorHeadings the titles of its enclosing sections and parts, nearest first
     * @param text             the measure's text
     * @param sectionText      the text of its enclosing section, for the last-resort fallback (may be empty)
     */
    public List<TopicAssignment> tag(String title, List<String> ancestorHeadings, String text, String sectionText) {
        List<TopicAssignment> out = new ArrayList<>();
        String textKey = MatchKey.normalise(text);
        for (String schemeIri : scheme.schemeIris()) {
            List<Topic> topics = scheme.topics().stream().filter(t -> t.schemeIri().equals(schemeIri)).toList();
            List<TopicAssignment> fromHeading = fromHeadings(topics, title, ancestorHeadings);
            out.addAll(fromHeading.isEmpty() ? fromWords(topics, textKey) : fromHeading);
        }
        if (out.isEmpty()) {
            out.addAll(best(scheme.topics(), textKey, 1, FALLBACK_OWN_WORDS));
        }
        if (out.isEmpty()) {
            out.addAll(best(scheme.topics(), MatchKey.normalise(sectionText), 1, FALLBACK_SECTION_WORDS));
        }
        return out;
    }

    /**
     * The topics the measure's own title names and those of the nearest enclosing heading that names any: a plan
     * that files 提升对外开放水平 under 市场准入退出 says the measure is about market entry too.
     */
    private static List<TopicAssignment> fromHeadings(List<Topic> topics, String title, List<String> ancestors) {
        List<TopicAssignment> out = new ArrayList<>(named(topics, title, OWN_OR_PARENT_HEADING));
        for (int i = 0; i < ancestors.size(); i++) {
            List<TopicAssignment> named = named(topics, ancestors.get(i), i == 0 ? OWN_OR_PARENT_HEADING : ANCESTOR_HEADING);
            if (!named.isEmpty()) {
                for (TopicAssignment topic : named) {
                    if (out.stream().noneMatch(t -> t.topicIri().equals(topic.topicIri()))) {
                        out.add(topic);
                    }
                }
                break;
            }
        }
        return out;
    }

    private static List<TopicAssignment> named(List<Topic> topics, String heading, double confidence) {
        if (heading == null || heading.isBlank()) {
            return List.of();
        }
        String key = MatchKey.normalise(heading);
        List<TopicAssignment> out = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.headingLabels().stream().anyMatch(key::contains)) {
                out.add(new TopicAssignment(topic.iri(), confidence, TopicAssignment.HEADING));
            }
        }
        return out;
    }

    private static List<TopicAssignment> fromWords(List<Topic> topics, String textKey) {
        return best(topics, textKey, MIN_WORD_HITS, 0);
    }

    /**
     * The top-scoring topics with at least {@code minHits}; confidence {@code fixed} if positive, else by score.
     */
    private static List<TopicAssignment> best(List<Topic> topics, String textKey, int minHits, double fixed) {
        Map<Topic, Integer> scores = new LinkedHashMap<>();
        int top = 0;
        for (Topic topic : topics) {
            int hits = hits(topic, textKey);
            scores.put(topic, hits);
            top = Math.max(top, hits);
        }
        if (top < minHits) {
            return List.of();
        }
        List<TopicAssignment> out = new ArrayList<>();
        for (Map.Entry<Topic, Integer> e : scores.entrySet()) {
            if (e.getValue() == top) {
                double confidence = fixed > 0 ? fixed : wordConfidence(top);
                out.add(new TopicAssignment(e.getKey().iri(), confidence, TopicAssignment.WORDS));
            }
        }
        return out;
    }

    /** 2 hits → 0.5, 3 → 0.6, 4 → 0.7, 5 or more → 0.8. */
    static double wordConfidence(int hits) {
        return Math.min(8, 5 + hits - MIN_WORD_HITS) / 10.0;
    }

    static int hits(Topic topic, String textKey) {
        int n = 0;
        for (String word : topic.keywords()) {
            for (int at = textKey.indexOf(word); at >= 0; at = textKey.indexOf(word, at + word.length())) {
                n++;
            }
        }
        return n;
    }
}
