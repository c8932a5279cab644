package org.reformgraph.loader.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits text into HanLP's words (with the agency dictionary, without organisation or place recognition, which merge
 * whole clauses into one "name" and would hide the words inside). Punctuation and spaces are dropped without a
 * position gap, so 双随机一公开 matches 双随机、一公开 as written. Latin letters are lower-cased.
 *
 * <p>A whole field is segmented at once: HanLP needs the sentence to choose between segmentations, and plan texts are
 * short (a measure is rarely over two thousand characters).
 */
final class HanLpTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Segment segment = HanLP.newSegment().enableCustomDictionary(SearchDictionary.get()).enableOffset(true)
            .enableOrganizationRecognize(false).enablePlaceRecognize(false).enableNameRecognize(false);
    private Iterator<Term> terms;
    private int length;

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        List<Term> words = length == 0 ? List.of() : segment.seg(text.toString());
        terms = words.iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (terms.hasNext()) {
            Term word = terms.next();
            if (!isWord(word.word)) {
                continue;
            }
            term.setEmpty().append(word.word.toLowerCase(Locale.ROOT));
            offset.setOffset(correctOffset(word.offset), correctOffset(word.offset + word.word.length()));
            position.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    /** A word holds at least one letter or digit; punctuation and spaces are not words. */
    private static boolean isWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        terms = null;
    }
}
