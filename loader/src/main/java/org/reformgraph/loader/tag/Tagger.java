package org.reformgraph.loader.tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;

/**
 * Stage 6, tag: reform types, topics and targets for every measure of a plan.
 *
 * <p>A load of several plans calls {@link #candidates} on each plan first and merges the results
 * ({@link CandidateTerms#plus}), then {@link #tag} on each plan with the merged set, so that a reform quoted in one
 * plan is found unquoted in the others. Loading one plan alone: {@code tag(text, outline, CandidateTerms.empty())}.
 */
public final class Tagger {
    static final double NEIGHBOUR_CONFIDENCE = 0.1;
    private final ReformTypeTagger reformTypes;
    private final TopicTagger topics;
    private final TargetExtractor targets;

    public Tagger(ReformTypeTagger reformTypes, TopicTagger topics, TargetExtractor targets) {
        this.reformTypes = reformTypes;
        this.topics = topics;
        this.targets = targets;
    }

    /** The tagger over the shipped schemes. */
    public static Tagger standard() {
        return new Tagger(ReformTypeTagger.standard(), TopicTagger.standard(), new TargetExtractor());
    }

    /** Pass 1: the candidate reform types quoted in this plan. */
    public CandidateTerms candidates(CleanText text) {
        return CandidateTerms.of(reformTypes.candidates(text.text()));
    }

    /**
     * Whether pass 2 would find this candidate in a text: quoted, or unquoted as a whole word and not inside a longer
     * reform's name. For asking of a stored plan whether it would gain the candidate if it were tagged again.
     */
    public boolean finds(String text, CandidateTerm term) {
        return reformTypes.tag(text, new Span(0, text.length()), CandidateTerms.of(List.of(term))).stream()
                .anyMatch(o -> o.candidate() && o.conceptSlug().equals(term.slug()));
    }

    /** Pass 2: the tags of every measure, in document order. */
    public List<MeasureTags> tag(CleanText text, Outline outline, CandidateTerms crossPlan) {
        List<MeasureTags> out = new ArrayList<>();
        walk(text.text(), outline.roots(), new ArrayDeque<>(), crossPlan, out);
        return borrowTopicsForTheUntopical(out);
    }

    /**
     * The last resort that gives every measure a topic: a measure whose heading and words name none (保障措施 items
     * such as 加强宣传推介) takes the topics of the nearest measure before it that has some, else after it, at
     * confidence {@value #NEIGHBOUR_CONFIDENCE}. Plans group related measures, so the neighbour is the best guess.
     */
    static List<MeasureTags> borrowTopicsForTheUntopical(List<MeasureTags> measures) {
        List<MeasureTags> out = new ArrayList<>(measures);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).topics().isEmpty()) {
                continue;
            }
            List<TopicAssignment> borrowed = List.of();
            for (int d = 1; borrowed.isEmpty() && (i - d >= 0 || i + d < out.size()); d++) {
                if (i - d >= 0 && !measures.get(i - d).topics().isEmpty()) {
                    borrowed = measures.get(i - d).topics();
                } else if (i + d < out.size() && !measures.get(i + d).topics().isEmpty()) {
                    borrowed = measures.get(i + d).topics();
                }
            }
            MeasureTags m = out.get(i);
            out.set(i, new MeasureTags(m.measurePath(), m.reformTypes(), borrowed.stream()
                    .map(t -> new TopicAssignment(t.topicIri(), NEIGHBOUR_CONFIDENCE, TopicAssignment.NEIGHBOUR))
                    .toList(), m.targets()));
        }
        return out;
    }

    private void walk(String text, List<OutlineNode> nodes, Deque<OutlineNode> ancestors, CandidateTerms crossPlan,
                      List<MeasureTags> out) {
        for (OutlineNode node : nodes) {
            if (node.isMeasure()) {
                out.add(tagMeasure(text, node, ancestors, crossPlan));
            }
            ancestors.push(node);
            walk(text, node.children(), ancestors, crossPlan, out);
            ancestors.pop();
        }
    }

    private MeasureTags tagMeasure(String text, OutlineNode measure, Deque<OutlineNode> ancestors,
                                   CandidateTerms crossPlan) {
        Span body = measure.bodySpan() != null ? measure.bodySpan() : measure.span();
        List<String> headings = new ArrayList<>();
        // a table row's 工作措施 cell heads its group the way a section title does
        if (measure.tableRow() != null && measure.tableRow().groupTitle() != null) {
            headings.add(measure.tableRow().groupTitle());
        }
        for (OutlineNode ancestor : ancestors) { // ArrayDeque iterates from the nearest (last pushed)
            headings.add(ancestor.title());
        }
        String sectionText = ancestors.isEmpty() ? "" : ancestors.peek().span().of(text);
        return new MeasureTags(measure.path(),
                reformTypes.tag(text, body, crossPlan),
                topics.tag(measure.title(), headings, body.of(text), sectionText),
                targets.extract(text, body));
    }
}
