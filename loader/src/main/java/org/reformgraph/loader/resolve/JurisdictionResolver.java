package org.reformgraph.loader.resolve;

import java.util.Optional;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * Which jurisdiction a prefix of an agency's name points to, seen from the plan it appears in: a bare 市 is the plan's
 * city, 区 the plan's district, 省 the province; a written place (广州市, 南沙区, 湖北省, 厦门) is that place, a district
 * named in a city or district plan lying within that city. Every city and district returned has its city, as the
 * graph's shapes require.
 */
public final class JurisdictionResolver {
    public static final Jurisdiction NATION = new Jurisdiction("中华人民共和国", Level.NATION, null, null);

    /** The plan's jurisdiction with its province filled in where the gazetteer knows it. */
    public Jurisdiction complete(Jurisdiction plan) {
        return switch (plan.level()) {
            case CITY -> completeCity(plan);
            case DISTRICT, TOWNSHIP -> {
                Jurisdiction parent = plan.city() != null ? plan.city() : plan.within();
                if (parent == null || parent.level() != Level.CITY) {
                    yield plan;
                }
                Jurisdiction city = completeCity(parent);
                yield plan.level() == Level.DISTRICT ? Jurisdiction.district(plan.name(), city) : plan;
            }
            default -> plan;
        };
    }

    private static Jurisdiction completeCity(Jurisdiction city) {
        if (city.within() != null || Gazetteer.MUNICIPALITIES.contains(city.name())) {
            return city;
        }
        return Gazetteer.provinceOf(city.name())
                .map(p -> Jurisdiction.city(city.name(), Jurisdiction.province(p)))
                .orElse(city);
    }

    /**
     * What a bare one-character prefix means in this plan: 市 (or 州, in a prefecture's plan) the plan's city, 区/县 the
     * plan's district (or the plan itself when it is not a district), 省 the province (a municipality directly under the centre has none: itself).
     */
    public Jurisdiction forLevelPrefix(char prefix, Jurisdiction plan) {
        Jurisdiction complete = complete(plan);
        switch (prefix) {
            case '市', '州': {
                Jurisdiction city = complete.countsForCity();
                return city != null ? city : complete;
            }
            case '区', '县':
                return complete;
            case '省': {
                Jurisdiction province = provinceOf(complete);
                return province != null ? province : complete;
            }
            default:
                throw new IllegalArgumentException("not a level prefix: " + prefix);
        }
    }

    private static Jurisdiction provinceOf(Jurisdiction j) {
        for (Jurisdiction at = j; at != null; at = at.within()) {
            if (at.level() == Level.PROVINCE) {
                return at;
            }
        }
        return null;
    }

    /**
     * The jurisdiction of a written place name, or empty when it is not recognisably one: a province (湖北省, 湖北), a
     * known city (广州市, 广州), the plan's own city or district by name, or a district or county (南沙区) — placed in the
     * plan's city.
     */
    public Optional<Jurisdiction> forPlace(String place, Jurisdiction plan) {
        Jurisdiction complete = complete(plan);
        Jurisdiction planCity = complete.countsForCity();
        if (complete.name().equals(place) || Slugs.stem(complete.name()).equals(place)) {
            return Optional.of(complete);
        }
        if (planCity != null && (planCity.name().equals(place) || Slugs.stem(planCity.name()).equals(place))) {
            return Optional.of(planCity);
        }
        if (place.endsWith("省") || place.endsWith("自治区")) {
            return Optional.of(Jurisdiction.province(Gazetteer.province(place).orElse(place)));
        }
        Optional<String> city = Gazetteer.city(place);
        if (city.isPresent()) {
            return Optional.of(completeCity(Jurisdiction.city(city.get(), null)));
        }
        if (place.endsWith("市")) {
            return Optional.of(Jurisdiction.city(place, null));
        }
        if (place.endsWith("区") || place.endsWith("县")) {
            // A district counts for a city; named in a province's plan, its city is unknown: not a place we can use.
            return planCity != null ? Optional.of(Jurisdiction.district(place, planCity)) : Optional.empty();
        }
        return Gazetteer.province(place).map(Jurisdiction::province);
    }
}
