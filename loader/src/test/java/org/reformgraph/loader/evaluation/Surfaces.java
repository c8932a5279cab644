package org.reformgraph.loader.evaluation;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Pattern;

/**
 * Brings two spellings of the same name or number to one form before they are compared, so that the evaluation
 * scores what the loader understood, not whether it kept a full-width bracket or a traditional character.
 */
public final class Surfaces {
    /** A pinyin gloss a web converter left after a character: 經(jīng)濟, 市場(chǎng). */
    private static final Pattern PINYIN_GLOSS = Pattern.compile("[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    /** Marks around a number that say nothing about it: 1. 1、 ·7. 4．． */
    private static final Pattern NUMBER_PUNCTUATION = Pattern.compile("[.,、·•*]+");

    private Surfaces() {
    }

    /** An agency name for comparison: glosses and spaces removed, width folded, simplified script. */
    public static String agency(String surface) {
        if (surface == null) {
            return "";
        }
        String text = PINYIN_GLOSS.matcher(surface).replaceAll("");
        text = SPACE.matcher(foldWidth(text)).replaceAll("");
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** A measure number for comparison: （ 一 ） and (一) alike, 1. 1、 1． ５． alike; empty when there is none. */
    public static String number(String written) {
        if (written == null) {
            return "";
        }
        String text = SPACE.matcher(foldWidth(written)).replaceAll("");
        return NUMBER_PUNCTUATION.matcher(text).replaceAll("");
    }

    /** A title for comparison: width folded, spaces removed, simplified script. */
    public static String title(String title) {
        return title == null ? "" : agency(title);
    }

    /** Full-width ASCII (！ to ～, including ０–９ （ ） ． ，) to half-width, and the ideographic space to a space. */
    static String foldWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
