package org.reformgraph.loader.clean;

import java.util.ArrayList;
import java.util.List;
import org.reformgraph.loader.read.SourceText;

/**
 * Stage 2, clean: removes extraction noise and normalises the text, keeping a map to the original.
 *
 * <p>In order: inline noise goes (bookmark markers, HTML tags and entities, a paragraph or line-break tag becoming a
 * line break); pinyin glosses of a web conversion go (經(jīng)濟 → 經濟); characters are normalised (traditional
 * to simplified, full-width letters and digits to half-width); lines are trimmed of indentation, blank lines and lone
 * page numbers are dropped (a lone number that continues the row numbers of a table flattened into text is kept);
 * lines that a PDF broke inside a sentence are re-joined, and a numbering alone on its line is joined with its title. Every kept line ends with one
 * newline; tabs inside lines (table cells) are kept.
 */
public final class TextCleaner {
    public CleanText clean(SourceText source) {
        String original = source.text();
        MappedText text = CharacterNormalizer.normalize(PinyinGlosses.remove(InlineNoise.remove(MappedText.identity(original))));
        List<Lines.Line> lines = Lines.keptLines(text);
        List<String> contents = new ArrayList<>(lines.size());
        boolean[] flatTable = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            contents.add(text.substring(line.start(), line.end()));
            flatTable[i] = line.flatTable();
        }
        boolean[] joins = LineJoiner.joins(contents, flatTable);
        MappedText out = new MappedText(original.length());
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            out.append(text, line.start(), line.end());
            if (!joins[i] && line.lineBreak() >= 0) {
                out.append('\n', text.offset(line.lineBreak()));
            }
        }
        return new CleanText(original, out.text(), out.toOriginal(original.length()));
    }
}
