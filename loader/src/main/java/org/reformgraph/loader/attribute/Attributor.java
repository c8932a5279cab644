package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;
import org.reformgraph.loader.outline.TableRow;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/**
 * Stage 4, attribute: who is responsible for each measure, and which agencies each measure names.
 *
 * <p>Statements are found by independent {@link AttributionForm}s over the whole text and then placed:
 * <ul>
 *   <li>a statement inside a measure belongs to the innermost measure containing it;</li>
 *   <li>a statement outside every measure, inside a section (the outline leaves a section's closing block
 *       （牵头部门：…；责任部门：…） there), closes that section: it applies to every measure below the section,
 *       marked inherited. So does a labelled statement at the very end of a section's last measure when the section
 *       has several measures and none of the others carries a statement of its own (an outline may let the last
 *       measure run on to the section's closing block);</li>
 *   <li>a table row's 责任单位 cell is a list whose first unit leads by convention.</li>
 * </ul>
 * A list that names no lead gives the lead to its first unit (basis first-listed): in a labelled block
 * (责任单位：A、B), in a table cell, and in each inline （A、B负责） group — a measure with several such groups has a
 * first-listed lead per group, since each group closes a different sentence (task) of the measure. A lead is one
 * attribution with role lead; the emitter also makes it responsible.
 *
 * <p>Mentions are the agencies named in a measure's own text outside its attribution statements and its child nodes.
 */
public final class Attributor {
    private final List<AttributionForm> forms;
    private final AgencyListSplitter splitter;
    private final MentionFinder mentionFinder;
    private final TableCells tableCells;

    public Attributor() {
        this(AgencyTypeScheme.get());
    }

    Attributor(AgencyTypeScheme scheme) {
        AgencyLexicon lexicon = new AgencyLexicon(scheme);
        this.splitter = new AgencyListSplitter(lexicon);
        LabelledSegments labelled = new LabelledSegments(splitter);
        this.forms = List.of(new BracketedStatementForm(labelled, splitter, lexicon), new LabelledLineForm(labelled),
                new SentenceLeadForm(splitter, lexicon));
        this.mentionFinder = new MentionFinder(scheme);
        this.tableCells = new TableCells(splitter, new RunOnNames(lexicon));
    }

    /**
     * Loads what attribution segments with, HanLP's dictionaries and models and the agency words, on the calling thread.
     * Otherwise the first plan to be attributed loads them (about a second), and every other extraction thread waits
     * for it.
     */
    public static void loadModels() {
        AgencySegmenter segmenter = AgencySegmenter.get();
        // organisation, place and person recognition load their models on their first sentence
        segmenter.segment("由市发展改革委牵头，浦东新区市场监管局、张江镇人民政府配合。");
        segmenter.segmentPlain("浦东新区");
    }

    /** One entry per measure of the outline, in the outline's order. */
    public List<AttributedMeasure> attribute(CleanText text, Outline outline) {
        String s = text.text();
        Map<OutlineNode, OutlineNode> parents = new IdentityHashMap<>();
        collectParents(outline.roots(), null, parents);
        List<OutlineNode> measures = outline.measures();
        List<Span> cells = new ArrayList<>();
        for (OutlineNode m : measures) {
            if (m.tableRow() != null && m.tableRow().agencyCell() != null) {
                cells.add(m.tableRow().agencyCell());
            }
        }

        Map<OutlineNode, List<Statement>> own = new IdentityHashMap<>();
        Map<OutlineNode, List<Statement>> closing = new IdentityHashMap<>();
        for (Statement st : statements(s, cells)) {
            OutlineNode measure = innermost(outline.roots(), st.evidence(), true);
            if (measure != null) {
                own.computeIfAbsent(measure, k -> new ArrayList<>()).add(st);
            } else {
                OutlineNode section = innermost(outline.roots(), st.evidence(), false);
                if (section != null) {
                    closing.computeIfAbsent(section, k -> new ArrayList<>()).add(st);
                }
            }
        }
        moveClosingBlocksOutOfLastMeasures(s, outline.roots(), own, closing);

        boolean firstListedLeads = NoticeConvention.firstListedLeads(s);
        List<AttributedMeasure> out = new ArrayList<>();
        for (OutlineNode m : measures) {
            List<Statement> ownStatements = new ArrayList<>(own.getOrDefault(m, List.of()));
            TableRow row = m.tableRow();
            if (row != null && row.agencyCell() != null) {
                ownStatements.add(tableCells.statement(s, row));
            }
            List<Attribution> inheritedOnes = new ArrayList<>();
            for (OutlineNode up = parents.get(m); up != null; up = parents.get(up)) {
                for (Statement st : closing.getOrDefault(up, List.of())) {
                    for (Attribution a : st.attributions()) {
                        inheritedOnes.add(inherited(a));
                    }
                }
            }
            boolean sectionLead = inheritedOnes.stream().anyMatch(a -> a.role() == Role.LEAD);
            List<Attribution> attributions = new ArrayList<>();
            for (Statement st : ownStatements) {
                if (sectionLead) {
                    attributions.addAll(LeadConventions.underSectionLead(st));
                } else {
                    for (Attribution a : st.attributions()) {
                        attributions.add(firstListedLeads ? LeadConventions.underNoticeConvention(a) : a);
                    }
                }
            }
            attributions = LeadConventions.withInherited(attributions, inheritedOnes);
            attributions.sort(Comparator.comparingInt((Attribution a) -> a.evidence().start())
                    .thenComparingInt(a -> a.surfaceSpan().start()));
            out.add(new AttributedMeasure(m, attributions, mentions(s, m, ownStatements, attributions)));
        }
        return out;
    }

    private List<Statement> statements(String s, List<Span> cells) {
        List<Statement> accepted = new ArrayList<>();
        Span all = new Span(0, s.length());
        for (AttributionForm form : forms) {
            for (Statement st : form.find(s, all)) {
                boolean overlaps = accepted.stream().anyMatch(a -> overlap(a.evidence(), st.evidence()))
                        || cells.stream().anyMatch(c -> overlap(c, st.evidence()));
                if (!overlaps) {
                    accepted.add(st);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(st -> st.evidence().start()));
        return accepted;
    }

    private static Attribution inherited(Attribution a) {
        return new Attribution(a.surface(), a.role(), a.rank(), a.basis(), a.surfaceSpan(), a.evidence(), true,
                Math.min(a.confidence(), Confidence.INHERITED));
    }

    /**
     * A section whose measures carry no statements but whose last measure ends with a labelled block: the outline let
     * that measure run on to the section's closing block.
     */
    private static void moveClosingBlocksOutOfLastMeasures(String s, List<OutlineNode> nodes,
                                                           Map<OutlineNode, List<Statement>> own,
                                                           Map<OutlineNode, List<Statement>> closing) {
        for (OutlineNode node : nodes) {
            moveClosingBlocksOutOfLastMeasures(s, node.children(), own, closing);
            if (node.isMeasure()) {
                continue;
            }
            List<OutlineNode> measures = node.children().stream().filter(OutlineNode::isMeasure).toList();
            if (measures.size() < 2) {
                continue;
            }
            OutlineNode last = measures.get(measures.size() - 1);
            boolean othersSilent = measures.subList(0, measures.size() - 1).stream()
                    .allMatch(m -> own.getOrDefault(m, List.of()).isEmpty());
            List<Statement> lastStatements = own.getOrDefault(last, List.of());
            // A section whose heading already names its lead has its statement: its last measure's block is its own.
            if (!othersSilent || lastStatements.isEmpty() || closing.containsKey(node)) {
                continue;
            }
            Statement block = lastStatements.get(lastStatements.size() - 1);
            if (block.labelled() && onlyPunctuationAfter(s, block.evidence().end(), last.span().end())) {
                lastStatements.remove(block);
                closing.computeIfAbsent(node, k -> new ArrayList<>()).add(block);
            }
        }
    }

    private static boolean onlyPunctuationAfter(String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && "。.；;，,\u3000".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Statements are excluded, including a section's closing block that the outline left inside this measure. */
    private List<AgencyMention> mentions(String s, OutlineNode m, List<Statement> ownStatements, List<Attribution> attributions) {
        Span body = m.bodySpan() != null ? m.bodySpan() : m.span();
        List<Span> excluded = new ArrayList<>();
        ownStatements.forEach(st -> excluded.add(st.evidence()));
        attributions.forEach(a -> excluded.add(a.evidence()));
        m.children().forEach(c -> excluded.add(c.span()));
        if (m.tableRow() != null && m.tableRow().agencyCell() != null) {
            excluded.add(m.tableRow().agencyCell());
        }
        List<AgencyMention> out = new ArrayList<>();
        for (AgencyMention mention : mentionFinder.find(s, body)) {
            if (excluded.stream().noneMatch(e -> overlap(e, mention.span()))) {
                out.add(mention);
            }
        }
        return out;
    }

    private static boolean overlap(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The smallest node of the wanted kind (measure or not) whose span contains {@code span}. */
    private static OutlineNode innermost(List<OutlineNode> nodes, Span span, boolean measure) {
        for (OutlineNode node : nodes) {
            if (node.span() != null && node.span().contains(span)) {
                OutlineNode deeper = innermost(node.children(), span, measure);
                if (deeper != null) {
                    return deeper;
                }
                return node.isMeasure() == measure ? node : null;
            }
        }
        return null;
    }

    private static void collectParents(List<OutlineNode> nodes, OutlineNode parent, Map<OutlineNode, OutlineNode> parents) {
        for (OutlineNode node : nodes) {
            if (parent != null) {
                parents.put(node, parent);
            }
            collectParents(node.children(), node, parents);
        }
    }
}
