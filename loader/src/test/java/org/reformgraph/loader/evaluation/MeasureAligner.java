package org.reformgraph.loader.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pairs gold measures with extracted ones. Numbers repeat within a plan (each section restarts at 1.) and a loader
 * may miss or invent measures, so pairing is an order-preserving alignment: the pairs keep document order, and a
 * pair needs the same number (after {@link Surfaces#number}) or agreeing titles. A same-number pair scores 4, plus 1
 * when the titles agree and 1 when both start on the same line; a pair on titles alone scores 1; the alignment with
 * the highest total wins, and of equal ones the one using earlier extracted measures.
 */
public final class MeasureAligner {
    private static final int SAME_NUMBER = 4;
    private static final int SAME_TITLE = 1;
    private static final int SAME_LINE = 1;

    /** A gold measure and the extracted measure it was paired with, as indexes into the two lists. */
    public record Pair(int gold, int extracted) {
    }

    public List<Pair> align(List<MeasureFacts> gold, List<MeasureFacts> extracted) {
        int n = gold.size();
        int m = extracted.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int value = Math.max(best[i - 1][j], best[i][j - 1]);
                int score = score(gold.get(i - 1), extracted.get(j - 1));
                if (score > 0) {
                    value = Math.max(value, best[i - 1][j - 1] + score);
                }
                best[i][j] = value;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            // Walking back, skip rather than pair when that loses nothing: ties go to the earliest measures.
            if (best[i][j] == best[i][j - 1]) {
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                pairs.add(new Pair(i - 1, j - 1));
                i--;
                j--;
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }

    /** How well two measures correspond; 0 when they cannot be the same measure. */
    static int score(MeasureFacts gold, MeasureFacts extracted) {
        boolean sameNumber = Surfaces.number(gold.number()).equals(Surfaces.number(extracted.number()));
        boolean sameTitle = titlesAgree(gold.title(), extracted.title());
        boolean sameLine = gold.line() > 0 && gold.line() == extracted.line();
        if (sameNumber) {
            // Title and line bonuses stay below SAME_NUMBER, so they only break ties between number matches.
            return SAME_NUMBER + (sameTitle ? SAME_TITLE : 0) + (sameLine ? SAME_LINE : 0);
        }
        return sameTitle ? SAME_TITLE : 0;
    }

    /** Titles agree when both are given and one starts with the other (a loader may cut a lead phrase short). */
    static boolean titlesAgree(String a, String b) {
        String x = Surfaces.title(a);
        String y = Surfaces.title(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.startsWith(y) || y.startsWith(x);
    }
}
