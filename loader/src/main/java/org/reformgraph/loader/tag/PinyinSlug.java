package org.reformgraph.loader.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Locale;

/**
 * Mints an ASCII slug for a term no curated scheme knows, from its pinyin: 随借随还 → sui-jie-sui-huan. The same term
 * always gives the same slug, so a candidate reform type found in several plans gets one IRI. Pinyin of polyphones
 * may be wrong (HanLP reads characters in context, but not always right); the slug is an identifier, not a reading.
 */
final class PinyinSlug {
    private PinyinSlug() {
    }

    static String of(String term) {
        List<Pinyin> pinyin = HanLP.convertToPinyinList(term);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            String part;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && i < pinyin.size()
                    && pinyin.get(i) != Pinyin.none5) {
                part = pinyin.get(i).getPinyinWithoutTone().replace("ü", "v");
            } else {
                char folded = MatchKey.fold(c);
                part = Character.isLetterOrDigit(folded) && folded < 128
                        ? String.valueOf(folded).toLowerCase(Locale.ROOT) : "";
            }
            if (part.isEmpty()) {
                continue;
            }
            boolean glue = part.length() == 1 && !sb.isEmpty() && isAsciiAlnum(sb.charAt(sb.length() - 1))
                    && isAsciiAlnum(part.charAt(0)) && !(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && i > 0 && Character.UnicodeScript.of(term.charAt(i - 1)) != Character.UnicodeScript.HAN;
            if (!sb.isEmpty() && !glue) {
                sb.append('-');
            }
            sb.append(part);
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("no slug can be made from \"" + term + "\"");
        }
        return sb.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
