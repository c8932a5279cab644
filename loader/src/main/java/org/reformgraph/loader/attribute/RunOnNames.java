package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.List;
import com.hankcs.hanlp.seg.common.Term;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.NamePrefixes;

/**
 * Names that run together with no separator, as in a table flattened into text (区发改局区财政局区直相关单位): cut by
 * the agency-name grammar, where a piece that ends like a name (…局, …中心, …公司, a core name of the agency-type
 * scheme) is followed by the start of another (区, 市, 各, 国网, a place of the gazetteer or one HanLP recognises) and
 * what follows reads as a name too; a national parent (人民银行) is never cut from the branch that follows it. The
 * first such cut is taken, so 区住建交通局区规划分局 gives 区住建交通局 + 区规划分局; a name with no such point inside
 * (区政府办公室, 国网成都供电公司) stays whole.
 */
final class RunOnNames {
    private final AgencyLexicon lexicon;

    RunOnNames(AgencyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The names within one listed name, with their spans; the name itself when it cannot be cut. */
    List<ListedName> split(String text, ListedName name) {
        List<ListedName> out = new ArrayList<>();
        int start = name.span().start();
        int end = name.span().end();
        int cut = firstCut(text, start, end);
        while (cut > 0) {
            out.add(listed(text, start, cut));
            start = cut;
            cut = firstCut(text, start, end);
        }
        out.add(start == name.span().start() ? name : listed(text, start, end));
        return out;
    }

    private int firstCut(String text, int start, int end) {
        for (int i = start + 2; i <= end - 2; i++) {
            String left = text.substring(start, i);
            String rest = text.substring(i, end);
            if (!Character.isWhitespace(text.charAt(i - 1)) && lexicon.looksLikeAgency(left)
                    && !NamePrefixes.isNationalParent(left) && lexicon.looksLikeAgency(rest)
                    && (NamePrefixes.startsAt(text, i) || startsWithPlace(rest))) {
                return i;
            }
        }
        return -1;
    }

    /** A place no list knows (长兴县, 双流): HanLP's place recognition, on the rest only, so rarely run. */
    private static boolean startsWithPlace(String rest) {
        List<Term> terms = AgencySegmenter.get().segment(rest);
        return !terms.isEmpty() && terms.get(0).nature.toString().startsWith("ns") && terms.get(0).word.length() >= 2;
    }

    private static ListedName listed(String text, int start, int end) {
        return new ListedName(AgencyListSplitter.compact(text.substring(start, end)), new Span(start, end));
    }
}
