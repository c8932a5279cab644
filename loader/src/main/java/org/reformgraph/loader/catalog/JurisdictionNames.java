package org.reformgraph.loader.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * Reads a jurisdiction from its written name, which may be a chain of names from the top down as Chinese addresses
 * write them: 济南市钢城区 is the district 钢城区 within the city 济南市; 湖北省武汉市 is the city 武汉市 within
 * 湖北省. Levels come from the administrative suffixes (省, 市, 区, 县 …) unless given.
 */
public final class JurisdictionNames {
    // at least two characters before the suffix, so that 市中区 (a district) is not split after 市; longer suffixes first
    private static final Pattern COMPONENT = Pattern.compile(
            ".{2,}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|区|县|旗|镇|乡)");

    private JurisdictionNames() {
    }

    /**
     * @param name   the jurisdiction's name, possibly with its enclosing ones in front
     * @param level  the level of the named jurisdiction (the last of the chain), or null to infer it from the suffix
     * @param within the enclosing jurisdiction's name (possibly a chain itself), or null
     */
    public static Jurisdiction parse(String name, Level level, String within) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no jurisdiction name given");
        }
        List<String> chain = new ArrayList<>();
        if (within != null && !within.isBlank()) {
            chain.addAll(split(within.strip()));
        }
        chain.addAll(split(name.strip()));
        Jurisdiction current = null;
        for (int i = 0; i < chain.size(); i++) {
            String component = chain.get(i);
            boolean last = i == chain.size() - 1;
            Level componentLevel = last && level != null ? level : infer(component, current);
            current = build(component, componentLevel, current);
        }
        return current;
    }

    /** The names in a written chain, top first: 湖北省武汉市东西湖区 → 湖北省, 武汉市, 东西湖区. */
    static List<String> split(String chain) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = COMPONENT.matcher(chain);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            parts.add(matcher.group());
            end = matcher.end();
        }
        if (end < chain.length()) {
            // a name without an administrative suffix: keep the rest whole
            parts.add(chain.substring(end));
        }
        return parts;
    }

    private static Level infer(String name, Jurisdiction enclosing) {
        if (name.endsWith("省") || name.endsWith("自治区") || name.endsWith("特别行政区")) {
            return Level.PROVINCE;
        }
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道")) {
            return Level.TOWNSHIP;
        }
        if (name.endsWith("区") || name.endsWith("县") || name.endsWith("旗")) {
            return Level.DISTRICT;
        }
        if (name.endsWith("市") || name.endsWith("州") || name.endsWith("盟") || name.endsWith("地区")) {
            // a city inside a city is a county-level city: district level for our purposes
            return enclosing != null && enclosing.level() == Level.CITY ? Level.DISTRICT : Level.CITY;
        }
        throw new IllegalArgumentException("cannot tell the level of '" + name
                + "' from its name: give the level (province, city, district, township)");
    }

    private static Jurisdiction build(String name, Level level, Jurisdiction within) {
        return switch (level) {
            case NATION, PROVINCE -> new Jurisdiction(name, level, within, null);
            case CITY -> new Jurisdiction(name, level, within, null);
            case DISTRICT, TOWNSHIP -> new Jurisdiction(name, level, within, within == null ? null : within.countsForCity());
        };
    }
}
