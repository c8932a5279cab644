package org.reformgraph.loader.evaluation;

import java.nio.charset.Charset;
import java.util.List;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * A corpus plan and what a careful reader finds in it.
 *
 * @param file           the text's file name, beside the gold file
 * @param year           year of the plan
 * @param jurisdiction   where the plan applies, e.g. 恩施土家族苗族自治州
 * @param level          its level (a county counts as {@link Level#DISTRICT}, a 州 or a municipality as
 *                       {@link Level#CITY})
 * @param within         the enclosing jurisdictions, innermost first (a district: its city, then its province)
 * @param encoding       how the text file is encoded
 * @param forms          the written forms the plan exercises, from {@link Forms}
 * @param expectWarnings regions the loader cannot fully understand: it must report them (or get them right)
 * @param ignore         regions left out of scoring, such as a garbled section: nothing found there counts
 * @param measures       every measure in document order
 */
public record GoldPlan(String file, int year, String jurisdiction, Level level, List<String> within, Charset encoding,
                       List<String> forms, List<LineRange> expectWarnings, List<LineRange> ignore,
                       List<MeasureFacts> measures) {
    public GoldPlan {
        within = List.copyOf(within);
        forms = List.copyOf(forms);
        expectWarnings = List.copyOf(expectWarnings);
        ignore = List.copyOf(ignore);
        measures = List.copyOf(measures);
    }

    /** The plan id minted into IRIs: the file name without its extension, as for a file with no catalog entry. */
    public String planId() {
        return file.replaceFirst("\\.[^.]*$", "");
    }

    /** The jurisdiction as the loader's metadata needs it, with its enclosing chain. */
    public Jurisdiction toJurisdiction() {
        return switch (level) {
            case PROVINCE -> Jurisdiction.province(jurisdiction);
            case CITY -> Jurisdiction.city(jurisdiction, within.isEmpty() ? null : Jurisdiction.province(within.get(0)));
            case DISTRICT -> {
                Jurisdiction province = within.size() > 1 ? Jurisdiction.province(within.get(1)) : null;
                yield Jurisdiction.district(jurisdiction, Jurisdiction.city(within.get(0), province));
            }
            default -> throw new IllegalStateException(file + ": no corpus plan is at level " + level);
        };
    }

    public int attributionCount() {
        return measures.stream().mapToInt(m -> m.attributions().size()).sum();
    }

    public boolean ignored(int line) {
        return ignore.stream().anyMatch(r -> r.contains(line));
    }
}
