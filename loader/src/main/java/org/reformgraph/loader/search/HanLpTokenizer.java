package org.reformgraph.loader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.reformgraph.loader.attribute.AgencyDictionary;

/**
 * Splits text into HanLP's words (with the agency dictionary, without organisation or place recognition, which merge
 * whole clauses into one "name" and would hide the words inside). A word's position is the number of letters and
 * digits before it, so punctuation and spaces leave no gap (双随机一公开 matches 双随机、一公开 as written) and a word
 * inside a longer word has its own place in it. Latin letters are lower-cased.
 *
 * <p>When indexing, HanLP's index mode also gives the dictionary words inside a longer word (承诺 inside 承诺制, 许可 inside 经营许可);
 * at their own character positions, so the phrase 告知承诺 finds 告知承诺制 and 跨境贸易 (one word) still matches the
 * query 跨境 贸易, while the longer word matches as itself.
 *
 * <p>A whole field is segmented at once: HanLP needs the sentence to choose between segmentations, and plan texts are
 * short (a measure is rarely over two thousand characters).
 */
final class HanLpTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Segment segment;
    private Iterator<Term> terms;
    private int length;
    /** For each character offset, how many letters and digits come before it: a token's position. */
    private int[] wordCharsBefore;
    private int lastPosition;

    /** @param indexMode also the words inside longer words (for indexing; a query keeps one token a position) */
    HanLpTokenizer(boolean indexMode) {
        segment = HanLP.newSegment().enableCustomDictionary(AgencyDictionary.get()).enableOffset(true)
                .enableOrganizationRecognize(false).enablePlaceRecognize(false).enableNameRecognize(false)
                .enableIndexMode(indexMode);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        List<Term> words = length == 0 ? new ArrayList<>() : new ArrayList<>(segment.seg(text.toString()));
        // Index mode lists a word's parts after it; in text order (longer first at one offset) positions never go back.
        words.sort(Comparator.comparingInt((Term t) -> t.offset).thenComparing(t -> -t.word.length()));
        terms = words.iterator();
        wordCharsBefore = new int[length + 1];
        for (int i = 0; i < length; i++) {
            wordCharsBefore[i + 1] = wordCharsBefore[i] + (Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0);
        }
        lastPosition = -1;
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
            int at = wordCharsBefore[word.offset];
            position.setPositionIncrement(at - lastPosition);
            lastPosition = at;
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
