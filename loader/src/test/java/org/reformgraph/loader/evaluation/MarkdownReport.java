package org.reformgraph.loader.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation's figures as Markdown tables: per form, overall, then per plan with what was missed. */
public final class MarkdownReport {
    private static final int MISSES_SHOWN = 20;

    public String render(List<PlanScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("## Per form\n\n");
        out.append("A plan counts under every form it exercises. Measures: detection against the gold list; ")
                .append("P = precision, R = recall, – = nothing to compute it from; ")
                .append("attributions: (measure, agency surface, role); basis: share of matched attributions whose ")
                .append("basis (explicit / first-listed) is right.\n\n");
        out.append("| form | plans | gold measures | measure P | measure R | gold attributions | attribution P | ")
                .append("attribution R | attribution F1 | basis accuracy | mention R | warnings | failures |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Tally> entry : CorpusEvaluation.byForm(scores).entrySet()) {
            out.append(row("`" + entry.getKey() + "`", entry.getValue()));
        }
        out.append(row("**all**", CorpusEvaluation.total(scores)));

        out.append("\n## Per plan\n\n");
        out.append("| file | measure P / R | attribution P / R | basis | warnings | regions reported | failure |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (PlanScore score : scores) {
            Tally t = score.tally();
            out.append("| ").append(score.file())
                    .append(" | ").append(f(t.matchedMeasures(), t.extractedMeasures())).append(" / ")
                    .append(f(t.matchedMeasures(), t.goldMeasures()))
                    .append(" | ").append(f(t.matchedAttributions(), t.extractedAttributions())).append(" / ")
                    .append(f(t.matchedAttributions(), t.goldAttributions()))
                    .append(" | ").append(f(t.basisCorrect(), t.matchedAttributions()))
                    .append(" | ").append(t.warnings())
                    .append(" | ").append(t.expectedRegions() == 0 ? "–" : t.reportedRegions() + "/" + t.expectedRegions())
                    .append(" | ").append(score.failure() == null ? "" : cell(score.failure()))
                    .append(" |\n");
        }
        appendMisses(out, scores);
        return out.toString();
    }

    /** What each plan lost, the first lines of it: where to start when a form's figures are low. */
    private static void appendMisses(StringBuilder out, List<PlanScore> scores) {
        if (scores.stream().allMatch(s -> s.misses().isEmpty())) {
            return;
        }
        out.append("\n## What was missed\n");
        for (PlanScore score : scores) {
            if (score.misses().isEmpty()) {
                continue;
            }
            out.append("\n<details><summary>").append(score.file()).append(" (").append(score.misses().size())
                    .append(")</summary>\n\n");
            score.misses().stream().limit(MISSES_SHOWN).forEach(m -> out.append("- ").append(m).append('\n'));
            if (score.misses().size() > MISSES_SHOWN) {
                out.append("- …\n");
            }
            out.append("\n</details>\n");
        }
    }

    private static String row(String label, Tally t) {
        return "| " + label + " | " + t.plans() + " | " + t.goldMeasures() + " | "
                + f(t.matchedMeasures(), t.extractedMeasures()) + " | " + f(t.matchedMeasures(), t.goldMeasures()) + " | "
                + t.goldAttributions() + " | " + f(t.matchedAttributions(), t.extractedAttributions()) + " | "
                + f(t.matchedAttributions(), t.goldAttributions()) + " | " + f(t.attributionF1()) + " | "
                + f(t.basisCorrect(), t.matchedAttributions()) + " | " + f(t.matchedMentions(), t.goldMentions()) + " | "
                + t.warnings() + " | " + t.failures() + " |\n";
    }

    /** A ratio, or – when there was nothing to divide by (no extracted measures is not a precision of 1). */
    static String f(int part, int whole) {
        return whole == 0 ? "–" : f((double) part / whole);
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A failure message made safe for one table cell. */
    private static String cell(String text) {
        String flat = text.replace('\n', ' ').replace("|", "\\|");
        return flat.length() > 120 ? flat.substring(0, 117) + "…" : flat;
    }
}
