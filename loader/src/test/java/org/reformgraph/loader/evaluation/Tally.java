package org.reformgraph.loader.evaluation;

/**
 * Counts that precision and recall are computed from, summable across plans.
 *
 * @param plans                  plans counted
 * @param goldMeasures           measures in the gold
 * @param extractedMeasures      measures the loader produced (outside ignored regions)
 * @param matchedMeasures        pairs of the alignment
 * @param goldAttributions       attributions in the gold
 * @param extractedAttributions  attributions the loader produced
 * @param matchedAttributions    attributions agreeing on measure, agency (normalised surface) and role
 * @param basisCorrect           matched attributions whose basis agrees too
 * @param goldMentions           mentions in the gold
 * @param matchedMentions        gold mentions found as mentions of the paired measure
 * @param warnings               warnings the loader reported
 * @param expectedRegions        regions the gold expects to be reported
 * @param reportedRegions        of those, the ones reported with a warning on their lines or fully understood
 * @param failures               plans whose loading threw
 * @param emptyGraphs            plans with gold measures for which the graph held none
 */
public record Tally(int plans, int goldMeasures, int extractedMeasures, int matchedMeasures, int goldAttributions,
                    int extractedAttributions, int matchedAttributions, int basisCorrect, int goldMentions,
                    int matchedMentions, int warnings, int expectedRegions, int reportedRegions, int failures,
                    int emptyGraphs) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(plans + o.plans, goldMeasures + o.goldMeasures, extractedMeasures + o.extractedMeasures,
                matchedMeasures + o.matchedMeasures, goldAttributions + o.goldAttributions,
                extractedAttributions + o.extractedAttributions, matchedAttributions + o.matchedAttributions,
                basisCorrect + o.basisCorrect, goldMentions + o.goldMentions, matchedMentions + o.matchedMentions,
                warnings + o.warnings, expectedRegions + o.expectedRegions, reportedRegions + o.reportedRegions,
                failures + o.failures, emptyGraphs + o.emptyGraphs);
    }

    public double measurePrecision() {
        return ratio(matchedMeasures, extractedMeasures);
    }

    public double measureRecall() {
        return ratio(matchedMeasures, goldMeasures);
    }

    public double attributionPrecision() {
        return ratio(matchedAttributions, extractedAttributions);
    }

    public double attributionRecall() {
        return ratio(matchedAttributions, goldAttributions);
    }

    /** Harmonic mean of attribution precision and recall; 0 when both are 0. */
    public double attributionF1() {
        double p = attributionPrecision();
        double r = attributionRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched attributions whose basis (explicit / first-listed) is right. */
    public double basisAccuracy() {
        return ratio(basisCorrect, matchedAttributions);
    }

    public double mentionRecall() {
        return ratio(matchedMentions, goldMentions);
    }

    /**
     * {@code part / whole}; an empty whole gives 1 when the part is empty too (nothing to find, nothing wrongly
     * found) — callers that need to tell "nothing" from "perfect" look at the counts.
     */
    static double ratio(int part, int whole) {
        return whole == 0 ? (part == 0 ? 1.0 : 0.0) : (double) part / whole;
    }
}
