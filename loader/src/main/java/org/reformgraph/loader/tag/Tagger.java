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

    /** Pass 2: the tags of every measure, in document order. */
    public List<MeasureTags> tag(CleanText text, Outline outline, CandidateTerms crossPlan) {
        List<MeasureTags> out = new ArrayList<>();
        walk(text.text(), outline.roots(), new ArrayDeque<>(), crossPlan, out);
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
