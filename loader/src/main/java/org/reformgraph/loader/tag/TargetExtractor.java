package org.reformgraph.loader.tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * Finds quantitative targets: an Arabic number followed by a unit (0.5天, 3个工作日, 50场, 1万人, 98%), with the
 * comparing word around it and the deadline year of its sentence.
 *
 * <p>Numbers that are not targets are left alone: years (2023年: 年 is not a unit), document numbers (〔2023〕37号),
 * dates (10月31日: a 日 right after 月), ordinals (第2), list numbering (1.), phone numbers and codes (no unit),
 * ranges (2-3个), products of figures (7×24小时), parts of formulas or codes (1+4, B2B, 5G) and numbers inside
 * quotation marks, which belong to names (“1窗1人1套资料1个环节”). Numbers written in
 * Chinese numerals (二十大, 三分之一) are not read at all.
 *
 * <p>Comparator: a following 以下/以内/及以下 gives {@code <=}, 以上/及以上 {@code >=}; otherwise the comparing word
 * nearest before the number in the same clause: 不超过, 降至, 压缩至, 减至, 缩短至, 提速至, 控制在 … give {@code <=};
 * 不少于, 不低于, 至少, 达到, 达, 提高至 … give {@code >=}; a 最高/最多 anywhere in the clause makes a cap
 * ({@code <=}). Without any, {@code =}. Confidence {@value #WITH_COMPARATOR} with a comparing word or a deadline,
 * else {@value #BARE}.
 */
public final class TargetExtractor {
    static final double WITH_COMPARATOR = 0.8;
    static final double BARE = 0.6;

    private static final String UNITS = "个工作日|工作日|个月|万人次|万人|人次|万户|万元|亿元|小时|分钟|天|日|%|％"
            + "|场|人|户|家|次|个|项|列|支|件|名|所|元|倍";
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(" + UNITS + ")(及以下|及以上|以下|以上|以内|之内)?");
    private static final Pattern YEAR = Pattern.compile(
            "(到|至|于|在|力争|争取)?[ \\t\\u3000]*((?:19|20)\\d{2})[ \\t\\u3000]*年(年底前|底前|年底|底|末|前|内|以前)?");
    /** After a year, a month makes it a date (于2023年7月印发), not a deadline. */
    private static final Pattern DATE_TAIL = Pattern.compile("\\d{1,2}[ \\t\\u3000]*月");
    private static final String CLAUSE_BREAKS = "，,。；;：:、\n（(）)";
    private static final String SENTENCE_BREAKS = "。；;\n";

    private static final String[] AT_MOST = {"不超过", "不高于", "不多于", "低于", "少于", "控制在", "降至", "降低至",
        "降低到", "降到", "减至", "减少至", "减少到", "压缩至", "压缩到", "压减至", "缩短至", "缩短到", "提速至", "以内"};
    private static final String[] AT_LEAST = {"不少于", "不低于", "不小于", "至少", "达到", "超过", "高于", "提高至",
        "提高到", "提升至", "提升到", "增加至", "增加到", "增至", "扩大至", "达"};
    private static final String[] CAPS = {"最高", "最多"};
    private static final String[] REDUCING = {"降低", "压缩", "缩短", "减少", "压减", "提速", "降"};
    private static final String[] RAISING = {"提高", "提升", "增加", "扩大"};

    /** The targets in {@code text[region]}, in document order; spans index {@code text}. */
    public List<Target> extract(String text, Span region) {
        List<Target> out = new ArrayList<>();
        List<Span> quotations = QuotedSegments.find(text, region.start(), region.end());
        Matcher m = QUANTITY.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            if (!isTarget(text, m, region) || isQuoted(new Span(m.start(), m.end()), quotations)) {
                continue;
            }
            String suffix = m.group(3);
            int clauseStart = lastBreak(text, m.start(), region.start(), CLAUSE_BREAKS);
            String clause = text.substring(clauseStart, m.start());
            String comparator = null;
            int spanStart = m.start();
            if (suffix != null) {
                comparator = suffix.contains("下") || suffix.contains("内") ? "<=" : ">=";
            } else {
                Hit hit = nearestComparingWord(clause);
                if (hit != null) {
                    comparator = hit.comparator;
                    spanStart = clauseStart + hit.at;
                }
            }
            if (containsAny(clause, CAPS)) {
                comparator = "<=";
            }
            Integer deadline = deadline(text, m.start(), region.start());
            double confidence = comparator != null || deadline != null ? WITH_COMPARATOR : BARE;
            String unit = m.group(2).equals("％") ? "%" : m.group(2);
            out.add(new Target(new BigDecimal(m.group(1)), unit, comparator == null ? "=" : comparator, deadline,
                    new Span(spanStart, m.end()), confidence));
        }
        return out;
    }

    private static boolean isTarget(String text, Matcher m, Span region) {
        int before = skipSpacesBack(text, m.start(1) - 1, region.start());
        char prev = before >= region.start() ? text.charAt(before) : '\0';
        if (prev == '.' || Character.isDigit(prev) || prev < 128 && Character.isLetter(prev)
                || prev == '×' || prev == '*' || prev == '+' || prev == '第' || prev == '/') {
            return false;
        }
        if ((prev == '-' || prev == '~' || prev == '－' || prev == '～' || prev == '—') && before > region.start()
                && Character.isDigit(text.charAt(skipSpacesBack(text, before - 1, region.start())))) {
            return false; // the upper end of a range such as 2-3个
        }
        if (m.group(2).equals("日") && prev == '月') {
            return false; // a date: 10月31日
        }
        int after = m.end(2);
        if (after < region.end() && m.group(3) == null) {
            char next = text.charAt(after);
            // 3个 followed by 月 is caught by 个月; a unit glued to more ASCII (5G, 3D) is a code, not a quantity
            if (next < 128 && Character.isLetterOrDigit(next)) {
                return false;
            }
        }
        return true;
    }

    /** A number inside quotation marks is part of a name or slogan (“1窗1人1套资料1个环节”), not a target. */
    private static boolean isQuoted(Span quantity, List<Span> quotations) {
        return quotations.stream().anyMatch(q -> q.contains(quantity));
    }

    private static int skipSpacesBack(String text, int i, int floor) {
        // line breaks count as spaces: extraction breaks lines inside sentences (10月\n31 日)
        while (i >= floor && Character.isWhitespace(text.charAt(i))) { // U+3000 included
            i--;
        }
        return i;
    }

    private static int lastBreak(String text, int before, int floor, String breaks) {
        for (int i = before - 1; i >= floor; i--) {
            if (breaks.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    private record Hit(int at, String comparator) {
    }

    private static Hit nearestComparingWord(String clause) {
        Hit best = null;
        int bestEnd = -1;
        for (String[] words : new String[][] {AT_MOST, AT_LEAST}) {
            String comparator = words == AT_MOST ? "<=" : ">=";
            for (String word : words) {
                int at = clause.lastIndexOf(word);
                int end = at + word.length();
                // on a tie the longer word wins: 不少于 over 少于, 不低于 over 低于
                if (at >= 0 && (end > bestEnd || end == bestEnd && at < best.at)) {
                    bestEnd = end;
                    best = new Hit(at, comparator);
                }
            }
        }
        if (best != null) {
            return best;
        }
        // a bare 至/到 compares only after a verb of change: 降低担保费率至1%, 提高覆盖率到80%
        for (String generic : new String[] {"至", "到"}) {
            int at = clause.lastIndexOf(generic);
            if (at >= 0 && at + 1 > bestEnd) {
                if (containsAny(clause.substring(0, at), REDUCING)) {
                    best = new Hit(at, "<=");
                    bestEnd = at + 1;
                } else if (containsAny(clause.substring(0, at), RAISING)) {
                    best = new Hit(at, ">=");
                    bestEnd = at + 1;
                }
            }
        }
        return best;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deadline year stated earlier in the same sentence: 到2025年, 2023年底前, or a year opening a clause; not a
     * baseline (在2016年基础上) nor a date (2023年7月).
     */
    static Integer deadline(String text, int numberStart, int floor) {
        int sentenceStart = lastBreak(text, numberStart, floor, SENTENCE_BREAKS);
        String sentence = text.substring(sentenceStart, numberStart);
        Matcher y = YEAR.matcher(sentence);
        Integer year = null;
        while (y.find()) {
            boolean marked = y.group(1) != null || y.group(3) != null;
            int before = y.start(2) - 1;
            while (before >= 0 && Character.isWhitespace(sentence.charAt(before))) {
                before--;
            }
            boolean opensClause = before < 0 || "，,".indexOf(sentence.charAt(before)) >= 0;
            int next = skipSpaces(sentence, y.end());
            boolean baseline = sentence.startsWith("基础", next);
            boolean date = DATE_TAIL.matcher(sentence).region(next, sentence.length()).lookingAt();
            if ((marked || opensClause) && !baseline && !date) {
                year = Integer.valueOf(y.group(2));
            }
        }
        return year;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
