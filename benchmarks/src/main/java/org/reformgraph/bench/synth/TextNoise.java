package org.reformgraph.bench.synth;

import com.hankcs.hanlp.HanLP;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Puts the defects of real plan files into a written plan: traditional script with pinyin glosses, web-page
 * remnants, PDF line breaks. Line starts are kept where they are, and no break lands before a digit, so a measure's
 * number still opens its line.
 */
final class TextNoise {
    /** characters that web conversions gloss, with their pinyin */
    private static final Map<Character, String> GLOSSED = Map.of('经', "jīng", '营', "yíng", '发', "fā", '务', "wù", '济', "jì");

    static {
        // HanLP loads its conversion dictionary on first use; doing it here keeps parallel first uses from racing
        HanLP.convertToTraditionalChinese("牵头单位");
    }

    private TextNoise() {
    }

    static String apply(String text, Set<Noise> noise, Random random) {
        String result = text;
        if (noise.contains(Noise.PINYIN_GLOSSES)) {
            result = glosses(result, random);
        }
        if (noise.contains(Noise.TRADITIONAL)) {
            result = HanLP.convertToTraditionalChinese(result);
        }
        if (noise.contains(Noise.HTML_REMNANTS)) {
            result = html(result, random);
        }
        if (noise.contains(Noise.PDF_LINE_BREAKS)) {
            result = pdf(result, random);
        }
        return result;
    }

    private static String glosses(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            String pinyin = GLOSSED.get(c);
            if (pinyin != null && random.nextInt(4) == 0) {
                out.append('(').append(pinyin).append(')');
            }
        }
        return out.toString();
    }

    private static String html(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 2048);
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                out.append('\n');
                continue;
            }
            int roll = random.nextInt(20);
            if (line.matches("^[一二三四五六七八九十]+、.*") && roll < 8) {
                out.append("<h3>").append(line.strip()).append("</h3>");
            } else if (roll < 5) {
                out.append("<p>").append(line).append("</p>");
            } else if (roll < 7) {
                out.append(line).append("<br/>");
            } else if (roll < 8) {
                out.append(line.replace("“", "&ldquo;").replace("”", "&rdquo;"));
            } else if (roll < 9) {
                out.append(line.replace("　　", "&nbsp;&nbsp;"));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pdf(String text, Random random) {
        int width = 24 + random.nextInt(8);
        String between = random.nextBoolean() ? "\n\n" : "\n";
        int linesPerPage = 30 + random.nextInt(20);
        StringBuilder out = new StringBuilder(text.length() * 11 / 10);
        int written = 0;
        int page = 1;
        for (String line : text.split("\n", -1)) {
            int start = 0;
            do {
                int end = Math.min(line.length(), start + width);
                // never start a continuation with a digit or a Latin letter: 0.5天 must stay whole
                while (end < line.length() && end > start + 1 && isAsciiWordChar(line.charAt(end))) {
                    end--;
                }
                if (random.nextInt(12) == 0 && start > 0) {
                    out.append(' ');
                }
                out.append(line, start, end).append(end < line.length() ? between : "\n");
                written++;
                start = end;
                if (written % linesPerPage == 0) {
                    out.append(page++).append('\n');
                }
            } while (start < line.length());
        }
        return out.toString();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }
}
