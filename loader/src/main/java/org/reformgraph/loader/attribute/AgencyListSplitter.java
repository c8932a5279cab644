package org.reformgraph.loader.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * Splits a written list of agencies into names with their spans. Separators are 、，,；; everywhere, and 和/及/与 or a
 * space only where both sides read as agency names (so 发展和改革委员会 and 住房和城乡建设局 stay whole). Tails such as
 * 等有关部门 and deadlines such as 6月底前完成 are cut off; notes in brackets (各区人民政府<包括开发区…>) are not part of
 * the name; a name repeated in one list (a flattened table cell) is kept once.
 */
final class AgencyListSplitter {
    private static final String HARD = "、，,；;";
    private static final String SOFT = "和及与 \t\u3000\n";
    private static final Pattern TRAILING_DEADLINE = Pattern.compile(
            "((\\d{4}|[〇一二三四五六七八九十]{4})年)?(\\d{1,2}月)?(\\d{1,2}日)?(底|末|中旬|上旬|下旬|年底|年内)?(前|以前|之前)?(完成|启动|实现|建成|落实)?$");
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^(持续推进|长期坚持|持续开展|持续实施|长期推进|持续|长期|年底前完成|年内完成|按年度推进|逐年推进)$");

    /**
     * 各区、市政府, 各县、市、区人民政府: levels listed before one body name, a single collective whose 、 is no
     * separator.
     */
    private static final Pattern LEVELS_BEFORE_BODY = Pattern.compile("^各[省市区县州旗乡镇街、]+$");

    private static final List<String> LEADING_WORDS = List.of("并由", "由", "请", "另由");

    private final AgencyLexicon lexicon;

    AgencyListSplitter(AgencyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<ListedName> split(String text, Span list) {
        int[] depth = Brackets.depths(text, list);
        List<ListedName> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int pieceStart = list.start();
        for (int i = list.start(); i <= list.end(); i++) {
            boolean end = i == list.end();
            if (!end && text.charAt(i) == '、' && LEVELS_BEFORE_BODY.matcher(compact(text.substring(pieceStart, i))).matches()) {
                continue;
            }
            if (end || depth[i - list.start()] == 0 && HARD.indexOf(text.charAt(i)) >= 0) {
                for (ListedName name : piece(text, pieceStart, i, depth, list.start())) {
                    if (seen.add(name.surface())) {
                        out.add(name);
                    }
                }
                pieceStart = i + 1;
            }
        }
        return out;
    }

    /** One piece between hard separators: trimmed, tails cut, split further on 和/及/与/space where both sides are names. */
    private List<ListedName> piece(String text, int start, int end, int[] depth, int base) {
        int[] s = trim(text, start, end);
        start = s[0];
        end = s[1];
        if (start >= end) {
            return List.of();
        }
        start = skipLeadingWord(text, start, end);
        end = cutTrailingNote(text, start, end);
        end = cutEtc(text, start, end, depth, base);
        end = cutDeadline(text, start, end);
        s = trim(text, start, end);
        start = s[0];
        end = s[1];
        if (start >= end) {
            return List.of();
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (depth[i - base] == 0 && SOFT.indexOf(text.charAt(i)) >= 0) {
                String left = compact(text.substring(start, i));
                String right = compact(text.substring(i + 1, end));
                if (lexicon.looksLikeAgency(left) && lexicon.looksLikeAgency(right)) {
                    List<ListedName> out = new ArrayList<>(piece(text, start, i, depth, base));
                    out.addAll(piece(text, i + 1, end, depth, base));
                    return out;
                }
            }
        }
        String surface = compact(text.substring(start, end));
        if (surface.isEmpty() || AgencyLexicon.GENERIC.contains(surface) || TIME_ONLY.matcher(surface).matches()) {
            return List.of();
        }
        return List.of(new ListedName(surface, new Span(start, end)));
    }

    /** 由市发改委牵头, 请市商务局负责: the word before the name is not part of it. */
    private int skipLeadingWord(String text, int start, int end) {
        for (String word : LEADING_WORDS) {
            if (text.startsWith(word, start) && lexicon.looksLikeAgency(compact(text.substring(start + word.length(), end)))) {
                return start + word.length();
            }
        }
        return start;
    }

    /** 区政府（开发区管委会）: the note closing a name is not part of it. */
    private static int cutTrailingNote(String text, int start, int end) {
        while (end > start && Brackets.isClose(text.charAt(end - 1))) {
            int d = 0;
            int open = -1;
            for (int i = end - 1; i >= start; i--) {
                char c = text.charAt(i);
                if (Brackets.isClose(c)) {
                    d++;
                } else if (Brackets.isOpen(c) && --d == 0) {
                    open = i;
                    break;
                }
            }
            if (open <= start) {
                return end;
            }
            end = trim(text, start, open)[1];
        }
        return end;
    }

    /** 区发改局等信用体系建设相关部门: cut at 等 when what stands before it is a name. */
    private int cutEtc(String text, int start, int end, int[] depth, int base) {
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) == '等' && depth[i - base] == 0 && lexicon.looksLikeAgency(compact(text.substring(start, i)))) {
                return i;
            }
        }
        return end;
    }

    private static int cutDeadline(String text, int start, int end) {
        Matcher m = TRAILING_DEADLINE.matcher(text.substring(start, end));
        if (m.find() && m.end() > m.start() && m.group().matches(".*\\d.*|.*[年月].*")) {
            return start + m.start();
        }
        return end;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && isTrimmable(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || "。.：:、，,；;*".indexOf(c) >= 0;
    }

    static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
