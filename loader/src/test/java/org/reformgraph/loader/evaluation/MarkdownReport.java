package org.reformgraph.loader.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation's figures as Markdown tables: per form, overall, then per plan with what was missed. */
public final class MarkdownReport {

    public String render(List<PlanScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("## Per form\n\n");
        out.append("A plan counts under every form it exercises. Measures: detection against the gold list; ")
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
                    .append(" | ").append(f(t.measurePrecision())).append(" / ").append(f(t.measureRecall()))
                    .append(" | ").append(f(t.attributionPrecision())).append(" / ").append(f(t.attributionRecall()))
                    .append(" | ").append(f(t.basisAccuracy()))
                    .append(" | ").append(t.warnings())
                    .append(" | ").append(t.expectedRegions() == 0 ? "–" : t.reportedRegions() + "/" + t.expectedRegions())
                    .append(" | ").append(score.failure() == null ? "" : cell(score.failure()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String row(String label, Tally t) {
        return "| " + label + " | " + t.plans() + " | " + t.goldMeasures() + " | " + f(t.measurePrecision()) + " | "
                + f(t.measureRecall()) + " | " + t.goldAttributions() + " | " + f(t.attributionPrecision()) + " | "
                + f(t.attributionRecall()) + " | " + f(t.attributionF1()) + " | " + f(t.basisAccuracy()) + " | "
                + (t.goldMentions() == 0 ? "–" : f(t.mentionRecall())) + " | " + t.warnings() + " | " + t.failures()
                + " |\n";
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
