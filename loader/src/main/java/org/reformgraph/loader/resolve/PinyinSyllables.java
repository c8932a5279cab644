package org.reformgraph.loader.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/** Toneless pinyin syllables of a Chinese name; non-Chinese letters and digits are kept as runs of their own. */
final class PinyinSyllables {
    private PinyinSyllables() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(text);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(run, out);
                String syllable = pinyin.get(i).getPinyinWithoutTone();
                if (syllable != null && !syllable.equals("none")) {
                    out.add(syllable.replace('ü', 'v').toLowerCase(Locale.ROOT));
                }
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                run.append(Character.toLowerCase(c));
            } else {
                flush(run, out);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
