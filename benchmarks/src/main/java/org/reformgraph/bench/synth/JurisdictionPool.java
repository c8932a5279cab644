package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * Real Chinese jurisdictions at every level (resource {@code places.txt}): provinces and autonomous regions, their
 * prefecture-level cities (incl. 州, 盟, 地区), the four municipalities, and districts, counties, banners and
 * county-level cities. Synthetic plans are set only in these, so no generated place name is invented.
 */
public final class JurisdictionPool {
    private final List<Jurisdiction> provinces = new ArrayList<>();
    private final List<Jurisdiction> cities = new ArrayList<>();
    private final List<Jurisdiction> districts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private JurisdictionPool() {
    }

    public static JurisdictionPool load() {
        JurisdictionPool pool = new JurisdictionPool();
        Map<String, Jurisdiction> cityByName = new HashMap<>();
        for (Resources.Line line : Resources.lines("places.txt")) {
            String text = line.text();
            if (text.startsWith("=")) {
                Jurisdiction municipality = new Jurisdiction(text.substring(1).strip(), Level.CITY, null, null);
                pool.cities.add(municipality);
                cityByName.put(municipality.name(), municipality);
            } else if (text.contains(":")) {
                Jurisdiction province = Jurisdiction.province(text.substring(0, text.indexOf(':')).strip());
                pool.provinces.add(province);
                for (String name : words(text.substring(text.indexOf(':') + 1))) {
                    Jurisdiction city = Jurisdiction.city(name, province);
                    pool.cities.add(city);
                    cityByName.put(name, city);
                }
            } else if (text.contains(">")) {
                String cityName = text.substring(0, text.indexOf('>')).strip();
                Jurisdiction city = cityByName.get(cityName);
                if (city == null) {
                    throw line.error("a city listed earlier before '>'");
                }
                for (String name : words(text.substring(text.indexOf('>') + 1))) {
                    pool.districts.add(Jurisdiction.district(name, city));
                }
            } else {
                throw line.error("'省: 市 …', '=直辖市' or '市> 区 …'");
            }
        }
        for (List<Jurisdiction> level : List.of(pool.provinces, pool.cities, pool.districts)) {
            level.forEach(j -> pool.names.add(j.name()));
        }
        return pool;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A jurisdiction of the given level (province, city, or district for districts and counties). */
    public Jurisdiction pick(Level level, Random random) {
        List<Jurisdiction> candidates = switch (level) {
            case PROVINCE -> provinces;
            case CITY -> cities;
            case DISTRICT -> districts;
            default -> throw new IllegalArgumentException("no synthetic plans at level " + level.slug());
        };
        return candidates.get(random.nextInt(candidates.size()));
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    public List<Jurisdiction> all(Level level) {
        return Collections.unmodifiableList(switch (level) {
            case PROVINCE -> provinces;
            case CITY -> cities;
            case DISTRICT -> districts;
            default -> List.of();
        });
    }

    /** The prefix plans put before an agency of this jurisdiction: 省, 自治区, 市, 州, 盟, 地区, 区, 县, 旗. */
    public static String agencyPrefix(Jurisdiction jurisdiction) {
        String name = jurisdiction.name();
        return switch (jurisdiction.level()) {
            case PROVINCE -> name.endsWith("自治区") ? "自治区" : "省";
            case CITY -> name.endsWith("州") ? "州" : name.endsWith("盟") ? "盟" : name.endsWith("地区") ? "地区" : "市";
            default -> name.substring(name.length() - 1);
        };
    }

    /** The name as a full agency name quotes it: a district's or county's is preceded by its city's. */
    public static String fullName(Jurisdiction jurisdiction) {
        if (jurisdiction.level() == Level.DISTRICT && jurisdiction.within() != null) {
            return jurisdiction.within().name() + jurisdiction.name();
        }
        return jurisdiction.name();
    }

    /** The short form a text uses for itself, e.g. 武汉 for 武汉市, 恩施州 for 恩施土家族苗族自治州. */
    public static String shortName(Jurisdiction jurisdiction) {
        String name = jurisdiction.name();
        for (String suffix : List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省")) {
            if (jurisdiction.level() == Level.PROVINCE && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        if (name.endsWith("自治州") && name.length() > 5) {
            return name.substring(0, 2) + "州";
        }
        return name;
    }
}
