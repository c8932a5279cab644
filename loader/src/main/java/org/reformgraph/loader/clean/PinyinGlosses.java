package org.reformgraph.loader.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin that some web converters put after characters ({@code 經(jīng)濟} → {@code 經濟},
 * {@code 營(yíng)商(shāng)} → {@code 營商}): it splits words, so no later stage could match them. A gloss is a
 * bracketed group of lowercase pinyin right after a Chinese character. One with a tone mark is always a gloss; one
 * without (the neutral tone, {@code 的(de)}) only in a text that has at least {@value #MIN_TONED} glosses with tone
 * marks, so that an ordinary {@code (app)} in a plan stays. The original keeps the glosses: the graph quotes it as
 * written.
 */
final class PinyinGlosses {
    static final int MIN_TONED = 3;
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final Pattern TONED_GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[（(][a-zü]*[" + TONED + "][a-zü" + TONED + "]*[）)]");
    private static final Pattern ANY_GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[（(][a-zü" + TONED + "]{1,7}[）)]");

    private PinyinGlosses() {
    }

    static MappedText remove(MappedText in) {
        String text = in.text();
        Matcher toned = TONED_GLOSS.matcher(text);
        int count = 0;
        while (count < MIN_TONED && toned.find()) {
            count++;
        }
        if (count == 0) {
            return in;
        }
        Matcher m = (count >= MIN_TONED ? ANY_GLOSS : TONED_GLOSS).matcher(text);
        MappedText out = new MappedText(in.length());
        int last = 0;
        while (m.find()) {
            out.append(in, last, m.start());
            last = m.end();
        }
        out.append(in, last, in.length());
        return out;
    }
}
