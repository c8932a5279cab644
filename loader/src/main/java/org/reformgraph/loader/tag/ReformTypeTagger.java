package org.reformgraph.loader.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Span;

/**
 * Finds the reform types a text names.
 *
 * <p>A multi-plan load runs in two passes, because a reform quoted in one plan (“带押过户”) is often written without
 * quotes in another: pass 1 calls {@link #candidates} on every plan and merges the results into one
 * {@link CandidateTerms}; pass 2 calls {@link #tag} on every measure of every plan with that set. A single plan can
 * be tagged with {@link CandidateTerms#empty()}: its own quoted terms are always considered.
 *
 * <p>What counts: every label and variant of the curated scheme, quoted or not; every candidate term quoted anywhere;
 * a candidate unquoted only when it is at least {@value #MIN_UNQUOTED_CANDIDATE} characters long, because two-character
 * quoted words (“育苗”, “四类”) occur unquoted in unrelated senses, and only as a whole word (see
 * {@link #isWordInText}). Where matches overlap the longer one wins.
 */
public final class ReformTypeTagger {
    static final double SCHEME_QUOTED = 0.95;
    static final double SCHEME_UNQUOTED = 0.9;
    static final double CANDIDATE_QUOTED = 0.6;
    static final double CANDIDATE_UNQUOTED = 0.5;
    /** A candidate shorter than this (in key characters) is found only where it is quoted. */
    public static final int MIN_UNQUOTED_CANDIDATE = 3;
    /** Quoted terms shorter or longer than this (in key characters) are not taken as names of reforms. */
    static final int MIN_CANDIDATE = 2;
    static final int MAX_CANDIDATE = 8;

    private final ReformTypeScheme scheme;
    private final NotReforms notReforms;

    public ReformTypeTagger(ReformTypeScheme scheme, NotReforms notReforms) {
        this.scheme = scheme;
        this.notReforms = notReforms;
    }

    /** The tagger over the shipped scheme and not-reforms list. */
    public static ReformTypeTagger standard() {
        return new ReformTypeTagger(ReformTypeScheme.load(), NotReforms.load());
    }

    public ReformTypeScheme scheme() {
        return scheme;
    }

    /** Pass 1: the quoted terms of a whole text that may name reforms not in the scheme. */
    public List<CandidateTerm> candidates(String text) {
        return candidates(text, new Span(0, text.length()));
    }

    /** Pass 1 over part of a text. */
    public List<CandidateTerm> candidates(String text, Span region) {
        Map<String, CandidateTerm> out = new LinkedHashMap<>();
        for (Span quote : QuotedSegments.find(text, region.start(), region.end())) {
            String written = quote.of(text).strip();
            String key = MatchKey.normalise(written);
            if (isCandidate(key)) {
                out.putIfAbsent(key, new CandidateTerm(key, written, PinyinSlug.of(key)));
            }
        }
        return List.copyOf(out.values());
    }

    private boolean isCandidate(String key) {
        if (key.length() < MIN_CANDIDATE || key.length() > MAX_CANDIDATE || hanCount(key) < 2) {
            return false;
        }
        if (key.chars().anyMatch(c -> c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == '。')) {
            return false; // a clause, i.e. a slogan or a description, not a name
        }
        // a composite such as “标准化登记+申报承诺+告知承诺制” is covered by the scheme concepts it contains
        return !notReforms.contains(key) && !scheme.containsLabelIn(key);
    }

    private static long hanCount(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /**
     * Pass 2: every reform type named in {@code text[region]}, in document order; spans index {@code text}.
     *
     * @param known candidate terms collected from all plans in pass 1 (may be empty)
     */
    public List<ReformTypeOccurrence> tag(String text, Span region, CandidateTerms known) {
        MatchKey mk = MatchKey.of(text, region.start(), region.end());
        String key = mk.key();
        List<Span> quotes = QuotedSegments.find(text, region.start(), region.end());
        CandidateTerms candidates = known.plus(candidates(text, region));

        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, ReformTypeConcept> label : scheme.labelKeys().entrySet()) {
            for (int at = key.indexOf(label.getKey()); at >= 0; at = key.indexOf(label.getKey(), at + 1)) {
                matches.add(new Match(at, at + label.getKey().length(), label.getValue().slug(), false));
            }
        }
        for (CandidateTerm term : candidates.terms()) {
            if (scheme.labelKeys().containsKey(term.key())) {
                continue; // curated since it was collected
            }
            for (int at = key.indexOf(term.key()); at >= 0; at = key.indexOf(term.key(), at + 1)) {
                matches.add(new Match(at, at + term.key().length(), term.slug(), true));
            }
        }

        matches.sort(Comparator.comparingInt((Match m) -> m.end - m.start).reversed()
                .thenComparing(m -> m.candidate).thenComparingInt(m -> m.start));
        boolean[] taken = new boolean[key.length()];
        WordBoundaries[] boundaries = new WordBoundaries[1]; // segmented only when an unquoted candidate needs it
        List<ReformTypeOccurrence> out = new ArrayList<>();
        for (Match m : matches) {
            if (anyTaken(taken, m.start, m.end)) {
                continue;
            }
            Span span = balanceQuotes(text, mk.spanOf(m.start, m.end));
            boolean quoted = isQuoted(span, quotes);
            if (m.candidate && !quoted && !isWordInText(text, region, span, m, boundaries)) {
                continue;
            }
            for (int i = m.start; i < m.end; i++) {
                taken[i] = true;
            }
            double confidence = m.candidate
                    ? (quoted ? CANDIDATE_QUOTED : CANDIDATE_UNQUOTED)
                    : (quoted ? SCHEME_QUOTED : SCHEME_UNQUOTED);
            out.add(new ReformTypeOccurrence(m.slug, span.of(text), span, quoted, m.candidate, confidence));
        }
        out.sort(Comparator.comparingInt(o -> o.span().start()));
        return out;
    }

    /**
     * An unquoted candidate counts only as a whole word written as in its quoted form: at least
     * {@value #MIN_UNQUOTED_CANDIDATE} characters, no 、 inside (基金、种子基金 does not contain 金种子), and starting and
     * ending on HanLP word boundaries (集成办理 does not contain 集成办).
     */
    private static boolean isWordInText(String text, Span region, Span span, Match m, WordBoundaries[] boundaries) {
        if (m.end - m.start < MIN_UNQUOTED_CANDIDATE || span.of(text).indexOf('、') >= 0) {
            return false;
        }
        if (boundaries[0] == null) {
            boundaries[0] = WordBoundaries.of(text, region);
        }
        return boundaries[0].aligned(span);
    }

    /** Takes in the closing (or opening) mark of a quotation the match opens (or closes) inside: 国际贸易“单一窗口”. */
    static Span balanceQuotes(String text, Span span) {
        String s = span.of(text);
        long open = s.chars().filter(c -> c == '“' || c == '「' || c == '『').count();
        long close = s.chars().filter(c -> c == '”' || c == '」' || c == '』').count();
        int start = span.start();
        int end = span.end();
        if (open > close && end < text.length() && "”」』".indexOf(text.charAt(end)) >= 0) {
            end++;
        } else if (close > open && start > 0 && "“「『".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return new Span(start, end);
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** Quoted: the match lies inside a quotation, or a quotation lies inside it (国际贸易“单一窗口”). */
    private static boolean isQuoted(Span span, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.contains(span) || span.contains(q)) {
                return true;
            }
        }
        return false;
    }

    private record Match(int start, int end, String slug, boolean candidate) {
    }
}
