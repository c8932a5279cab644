package org.reformgraph.api.linkeddata.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which cities adopted a reform type: each city's earliest plan that names it, cities sorted by that
 * plan's date. A plan known only by its year counts as of that year's first day; a plan of unknown date comes last.
 * The first adopters are the cities whose earliest date is the earliest of all (several on a tie); the rest follow.
 */
final class Adoption {
    /**
     * A plan of a city that names the reform type.
     *
     * @param date  what it is sorted by: ISO {@code yyyy-mm-dd}, or null
     * @param shown what a reader is told: the date of issue, or only the year when that is all that is known
     */
    record PlanUse(String city, String plan, String date, String shown, long measures) {
        /** From what the graph says of the plan: its date of issue and its year, either possibly null. */
        static PlanUse of(String city, String plan, String issued, String year, long measures) {
            return new PlanUse(city, plan, dateOf(issued, year), issued != null && !issued.isBlank() ? issued : year,
                    measures);
        }
    }

    /** One city's adoption: its plans in date order, the first one dating it. */
    record CityAdoption(String city, String date, String shown, boolean first, List<PlanUse> plans) {
    }

    private static final Comparator<String> DATES = Comparator.nullsLast(Comparator.naturalOrder());

    private Adoption() {
    }

    static List<CityAdoption> order(List<PlanUse> uses) {
        Map<String, List<PlanUse>> byCity = new LinkedHashMap<>();
        uses.stream().sorted(Comparator.comparing(PlanUse::date, DATES).thenComparing(PlanUse::plan))
                .forEach(use -> byCity.computeIfAbsent(use.city(), k -> new ArrayList<>()).add(use));
        List<CityAdoption> cities = new ArrayList<>();
        String earliest = null;
        for (Map.Entry<String, List<PlanUse>> e : byCity.entrySet()) {
            String date = e.getValue().get(0).date();
            String shown = e.getValue().get(0).shown();
            if (cities.isEmpty()) {
                earliest = date;
            }
            boolean first = cities.isEmpty() || (date != null && date.equals(earliest));
            cities.add(new CityAdoption(e.getKey(), date, shown, first, List.copyOf(e.getValue())));
        }
        return cities;
    }

    /** The date a plan counts from: its date of issue, else its year's first day, else null. */
    static String dateOf(String issued, String year) {
        if (issued != null && !issued.isBlank()) {
            return issued;
        }
        return year != null && year.matches("\\d{4}") ? year + "-01-01" : null;
    }
}
