package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * A lead named in running text: 由A牵头…, 由A和B共同牵头…. Every unit named leads (basis explicit); the statement runs
 * from 由 to 牵头.
 */
final class SentenceLeadForm implements AttributionForm {
    private static final Pattern LEAD = Pattern.compile("由([^，,。；;：:、\\n]{2,40}?(?:[、，,][^，,。；;：:\\n]{2,40}?)*?)(?:共同|负责)?牵头");

    private final AgencyListSplitter splitter;
    private final AgencyLexicon lexicon;

    SentenceLeadForm(AgencyListSplitter splitter, AgencyLexicon lexicon) {
        this.splitter = splitter;
        this.lexicon = lexicon;
    }

    @Override
    public List<Statement> find(String text, Span region) {
        List<Statement> out = new ArrayList<>();
        Matcher m = LEAD.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            List<ListedName> names = splitter.split(text, new Span(m.start(1), m.end(1)));
            if (!names.isEmpty() && names.stream().allMatch(n -> lexicon.looksLikeAgency(n.surface()))) {
                Span evidence = new Span(m.start(), m.end());
                out.add(new Statement(evidence, Lists.explicit(names, Role.LEAD, evidence, Confidence.SENTENCE_LEAD), false));
            }
        }
        return out;
    }
}
