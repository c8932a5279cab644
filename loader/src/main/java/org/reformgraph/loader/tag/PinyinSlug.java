package org.reformgraph.loader.tag;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.List;

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
        List<String> tokens = new ArrayList<>();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = MatchKey.fold(term.charAt(i));
            if (isAsciiAlnum(c)) {
                ascii.append(Character.toLowerCase(c)); // a run of Latin letters and digits is one token: e, 2b
                continue;
            }
            flush(ascii, tokens);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && i < pinyin.size()
                    && pinyin.get(i) != Pinyin.none5) {
                tokens.add(pinyin.get(i).getPinyinWithoutTone().replace("ü", "v"));
            }
        }
        flush(ascii, tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("no slug can be made from \"" + term + "\"");
        }
        return String.join("-", tokens);
    }

    private static void flush(StringBuilder ascii, List<String> tokens) {
        if (!ascii.isEmpty()) {
            tokens.add(ascii.toString());
            ascii.setLength(0);
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
