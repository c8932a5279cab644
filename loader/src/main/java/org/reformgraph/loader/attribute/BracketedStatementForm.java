package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * Statements in brackets （…）(…)〔…〕【…】, in two shapes:
 * <ul>
 *   <li>labelled: （牵头部门：A；责任部门：B、C）, （责任单位：A、B）, （牵头单位：A；配合单位：B）;</li>
 *   <li>inline duty: （A、B、C负责）, （A牵头）, （A牵头，B、C配合）, （A牵头负责，B参与）: each clause ends with its
 *       role word.</li>
 * </ul>
 * In an inline statement that names no lead, the first unit of its 负责 list leads (first-listed). Each bracketed
 * statement is its own list, so a measure with several （…负责） groups has one first-listed lead per group: the
 * groups follow different sentences of the measure, each a task of its own, and a careful reader takes the first unit
 * named for a task as that task's lead.
 */
final class BracketedStatementForm implements AttributionForm {
    private static final Pattern DUTY = Pattern.compile(
            "(牵头负责|共同负责|按职责分工负责|按职责负责|分工负责|负责|牵头|配合|协助|参与|协同)[\\s。.]*(?=[，,；;]|$)");

    private final LabelledSegments labelled;
    private final AgencyListSplitter splitter;
    private final AgencyLexicon lexicon;

    BracketedStatementForm(LabelledSegments labelled, AgencyListSplitter splitter, AgencyLexicon lexicon) {
        this.labelled = labelled;
        this.splitter = splitter;
        this.lexicon = lexicon;
    }

    @Override
    public List<Statement> find(String text, Span region) {
        List<Statement> out = new ArrayList<>();
        for (Span group : Brackets.outerGroups(text, region)) {
            Span content = new Span(group.start() + 1, group.end() - 1);
            if (LabelledSegments.hasLabel(text, content)) {
                List<Attribution> attributions = labelled.parse(text, content, group);
                if (!attributions.isEmpty()) {
                    out.add(new Statement(group, attributions, true));
                }
            } else {
                List<Attribution> attributions = duties(text, content, group);
                if (!attributions.isEmpty()) {
                    out.add(new Statement(group, attributions, false));
                }
            }
        }
        return out;
    }

    private List<Attribution> duties(String text, Span content, Span evidence) {
        String inner = text.substring(content.start(), content.end());
        Matcher m = DUTY.matcher(inner);
        List<Clause> clauses = new ArrayList<>();
        int clauseStart = 0;
        while (m.find()) {
            Span names = new Span(content.start() + clauseStart, content.start() + m.start());
            clauses.add(new Clause(role(m.group(1)), splitter.split(text, names)));
            clauseStart = m.end();
            while (clauseStart < inner.length() && "，,；;".indexOf(inner.charAt(clauseStart)) >= 0) {
                clauseStart++;
            }
        }
        if (clauses.isEmpty() || clauses.get(0).names().isEmpty()
                || !lexicon.looksLikeAgency(clauses.get(0).names().get(0).surface())) {
            return List.of();
        }
        boolean leadNamed = clauses.stream().anyMatch(c -> c.role() == Role.LEAD);
        List<Attribution> out = new ArrayList<>();
        for (Clause clause : clauses) {
            if (clause.role() == Role.RESPONSIBLE && !leadNamed) {
                out.addAll(Lists.firstListedLeads(clause.names(), evidence, Confidence.INLINE));
                leadNamed = true;
            } else {
                out.addAll(Lists.explicit(clause.names(), clause.role(), evidence, Confidence.INLINE));
            }
        }
        return out;
    }

    private record Clause(Role role, List<ListedName> names) {
    }

    private static Role role(String word) {
        if (word.startsWith("牵头")) {
            return Role.LEAD;
        }
        return word.endsWith("负责") ? Role.RESPONSIBLE : Role.COOPERATING;
    }
}
