package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.hankcs.hanlp.seg.common.Term;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/**
 * Agencies named inside a measure's text. Two ways, both on HanLP's segmentation (so that 城市管理 is never read as
 * 市 + 管理… and 商务部门 never as 商务部):
 * <ul>
 *   <li>dictionary ({@value #DICTIONARY}): a core name of the agency-type scheme, with its level prefix (市市场监管局)
 *       or a place recognised before it (厦门/ns 海关, 人民银行 厦门市 中心支行); bare core names only where they name
 *       one body (发改局, 资建局), not generic words such as 政府 or 法院;</li>
 *   <li>organisation recognition ({@value #NER}): HanLP's nt words that begin with a place or level and end like
 *       an agency (…局, …法院, …海关, …中心 …), contain no verb (推进, 建立 … betray an over-merge) and have 4 to 20 characters (府院 is no body); an nt word that
 *       swallowed words before a known core (每个项目发改局) is cut back to the core.</li>
 * </ul>
 * Collective actors (各区政府) are not mentions: they name no body in particular.
 */
final class MentionFinder {
    static final String DICTIONARY = "dictionary";
    static final String NER = "hanlp-ner";

    private static final Set<String> GENERIC_BARE = Set.of("政府", "人民政府", "法院", "人民法院", "中级人民法院", "检察院",
            "人民检察院", "海关", "税务局", "管委会", "管理委员会", "工会", "团委", "共青团", "街道办", "街道办事处", "电网", "国有企业",
            "国企", "集团公司", "投资集团", "中心支行", "营业管理部", "组织部", "委组织部", "数据局", "金融局", "建设局", "规划局",
            "招商局", "人民银行", "中国人民银行", "商务部", "财政部", "科技部", "公安部", "司法部", "民政部", "办公室", "消防",
            "政府办", "大数据中心", "政务服务中心", "企业服务中心", "管理办公室", "交易中心");
    private static final List<String> VERBS = List.of("推进", "建立", "加强", "推动", "完善", "开展", "实施", "提升", "优化",
            "深化", "支持", "鼓励", "打造", "建设", "探索", "发挥", "实现", "落实", "强化", "依托", "引导", "构建", "促进", "设立",
            "成立", "提供", "参与", "负责", "牵头", "配合");
    /** Words HanLP calls organisations that are not government bodies of a plan. */
    private static final Set<String> NOT_AGENCY = Set.of("世界银行", "商业银行", "政策性银行", "网上银行", "电子银行", "电子税务局",
            "亚洲开发银行", "金砖国家新开发银行", "亚投行");
    /**
     * Endings of recognised organisations kept as agencies. Not 银行, 公司, 所, 站, 办: in plans those are mostly
     * generic nouns (民营银行, 律师事务所, 质量服务站) or service slogans (一网通办); named bodies with those endings are
     * in the dictionary.
     */
    private static final List<String> NER_SUFFIXES = List.of("局", "委", "厅", "中心", "院", "海关", "法院", "检察院", "政府",
            "委员会", "管委会", "集团", "支行", "分行", "法庭", "总署", "办公室");
    /** 省委省政府, 市委市政府: the party committee and the government together, not one body. */
    private static final java.util.regex.Pattern PARTY_AND_GOVERNMENT = java.util.regex.Pattern.compile("^([省市区县])委\\1政府$");
    private static final Set<String> NATIONAL_PARENTS = Set.of("人民银行", "中国人民银行", "国家税务总局");
    /**
     * Courts and procuratorates numbered within their level (市第三中级法院, 北京市第一中级人民法院, 第二检察分院): HanLP
     * cuts them into 市 / 第 / 三中 / 级 / 法院, so they are read from the characters instead.
     */
    private static final java.util.regex.Pattern NUMBERED_BODY = java.util.regex.Pattern.compile(
            "(?:[\\p{IsHan}]{0,6}?[省市区县])?第[一二三四五六七八九十]{1,3}(?:中级)?(?:人民)?(?:法院|检察院|检察分院|法庭)");

    private final AgencyTypeScheme scheme;
    /** Core names of the scheme and of merged bodies, longest first. */
    private final List<String> knownNamesLongestFirst;

    MentionFinder(AgencyTypeScheme scheme) {
        this.scheme = scheme;
        List<String> names = new ArrayList<>(scheme.labelsLongestFirst());
        names.addAll(AgencyTypeScheme.mergedCoreNames());
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.knownNamesLongestFirst = List.copyOf(names);
    }

    /** The agencies named within {@code region}, each name once, at its first occurrence. */
    List<AgencyMention> find(String text, Span region) {
        if (region.length() == 0) {
            return List.of();
        }
        List<Term> terms = AgencySegmenter.get().segment(region.of(text));
        List<AgencyMention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String nature = term.nature.toString();
            AgencyMention mention = null;
            if (nature.equals(AgencySegmenter.AGENCY_NATURE)) {
                int last = i;
                // 人民银行 厦门市 中心支行: a national parent, a place, a branch.
                if (NATIONAL_PARENTS.contains(term.word) && i + 2 < terms.size() && isPlace(terms.get(i + 1))
                        && isAgencyWord(terms.get(i + 2))) {
                    last = i + 2;
                }
                int first = i;
                while (first > 0 && isPlace(terms.get(first - 1)) && adjacent(terms.get(first - 1), terms.get(first))) {
                    first--;
                }
                if (first < i || last > i || bareNamesOneBody(term.word)) {
                    mention = mention(terms, first, last, region, DICTIONARY, Confidence.DICTIONARY_MENTION);
                }
                i = last;
            } else if (nature.startsWith("nt")) {
                mention = organisation(terms, i, region);
            }
            if (mention != null && seen.add(mention.surface())) {
                out.add(mention);
            }
        }
        java.util.regex.Matcher numbered = NUMBERED_BODY.matcher(text).region(region.start(), region.end());
        while (numbered.find()) {
            int start = numberedBodyStart(text, numbered.start(), numbered.end());
            String surface = text.substring(start, numbered.end());
            if (seen.add(surface)) {
                out.add(new AgencyMention(surface, new Span(start, numbered.end()), DICTIONARY, Confidence.DICTIONARY_MENTION));
            }
        }
        out.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /**
     * Where a numbered body's name starts: at its place (上海市第三…) when one is written before the number, else at
     * the level character (市第三…), else at 第; words before the place (在, 设立) are not part of it.
     */
    private static int numberedBodyStart(String text, int matchStart, int matchEnd) {
        int ordinal = text.indexOf('第', matchStart);
        if (ordinal == matchStart) {
            return matchStart;
        }
        String before = text.substring(matchStart, ordinal);
        List<Term> words = AgencySegmenter.get().segmentPlain(before);
        int cut = before.length();
        for (int k = words.size() - 1; k >= 0; k--) {
            Term word = words.get(k);
            boolean level = word.word.length() == 1 && "省市区县".contains(word.word);
            if (!level && !isPlace(word)) {
                break;
            }
            cut = word.offset;
        }
        return matchStart + cut;
    }

    private AgencyMention organisation(List<Term> terms, int i, Span region) {
        String word = terms.get(i).word;
        if (word.length() > 20 || NOT_AGENCY.contains(word) || word.startsWith("电子") || word.startsWith("网上")
                || VERBS.stream().anyMatch(word::contains) || !word.codePoints().allMatch(MentionFinder::isHan)) {
            return null;
        }
        if (isKnownName(word)) {
            return bareNamesOneBody(word) ? mention(terms, i, i, region, DICTIONARY, Confidence.DICTIONARY_MENTION) : null;
        }
        for (String name : knownNamesLongestFirst) {
            if (word.endsWith(name) && word.length() > name.length()) {
                String before = word.substring(0, word.length() - name.length());
                if (isPlaceName(before)) {
                    // 厦门海关: a place and a known core.
                    return mention(terms, i, i, region, DICTIONARY, Confidence.DICTIONARY_MENTION);
                }
                // 每个项目发改局: words that cannot begin a name were swallowed; keep the known core at the end.
                if (hasFunctionWord(before)) {
                    int start = region.start() + terms.get(i).offset + before.length();
                    return new AgencyMention(name, new Span(start, start + name.length()), DICTIONARY,
                            Confidence.DICTIONARY_MENTION);
                }
                break;
            }
        }
        if (word.length() < 4 || NER_SUFFIXES.stream().noneMatch(word::endsWith) || AgencyLexicon.GENERIC.contains(word)
                || PARTY_AND_GOVERNMENT.matcher(word).matches() || !startsWithPlace(word)) {
            return null;
        }
        return mention(terms, i, i, region, NER, Confidence.NER_MENTION);
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * A body of government is named with its place or level first (上海铁路运输法院, 市第三中级法院); a recognised
     * organisation without one is a generic noun (科技创新中心, 智慧法院). 省级/市级 are levels of things, not places.
     */
    private static boolean startsWithPlace(String word) {
        if ("市区省县".indexOf(word.charAt(0)) >= 0) {
            return word.charAt(1) != '级';
        }
        List<Term> parts = AgencySegmenter.get().segmentPlain(word);
        return !parts.isEmpty() && isPlace(parts.get(0));
    }

    private static boolean isPlaceName(String text) {
        List<Term> parts = AgencySegmenter.get().segmentPlain(text);
        return !parts.isEmpty() && parts.stream().allMatch(MentionFinder::isPlace);
    }

    private static boolean hasFunctionWord(String text) {
        for (Term t : AgencySegmenter.get().segmentPlain(text)) {
            String n = t.nature.toString();
            // numerals, quantifiers, pronouns, adverbs, prepositions, particles, conjunctions: never inside a name
            if (n.startsWith("m") || n.startsWith("q") || n.startsWith("r") || n.startsWith("d") || n.startsWith("p")
                    || n.startsWith("u") || n.startsWith("c")) {
                return true;
            }
        }
        return false;
    }

    /** A core name of the scheme, bare or after a level prefix. */
    private boolean isKnownName(String word) {
        return scheme.knows(word)
                || word.length() >= 2 && "市区省县".indexOf(word.charAt(0)) >= 0 && scheme.knows(word.substring(1));
    }

    private boolean bareNamesOneBody(String word) {
        if (word.length() >= 2 && "市区省县".indexOf(word.charAt(0)) >= 0 && scheme.knows(word.substring(1))) {
            return !isCollective(word.substring(1));
        }
        return word.length() >= 3 && !GENERIC_BARE.contains(word) && !isCollective(word);
    }

    private boolean isCollective(String label) {
        return scheme.typeOf(label).map(AgencyTypeScheme::isCollective).orElse(false);
    }

    private static boolean isPlace(Term t) {
        return t.nature.toString().startsWith("ns");
    }

    private static boolean isAgencyWord(Term t) {
        return t.nature.toString().equals(AgencySegmenter.AGENCY_NATURE);
    }

    private static boolean adjacent(Term a, Term b) {
        return a.offset + a.length() == b.offset;
    }

    private static AgencyMention mention(List<Term> terms, int first, int last, Span region, String method, double confidence) {
        int start = region.start() + terms.get(first).offset;
        int end = region.start() + terms.get(last).offset + terms.get(last).length();
        StringBuilder surface = new StringBuilder();
        for (int k = first; k <= last; k++) {
            surface.append(terms.get(k).word);
        }
        return new AgencyMention(surface.toString(), new Span(start, end), method, confidence);
    }
}
