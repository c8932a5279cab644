package org.reformgraph.loader;

/**
 * An administrative area a plan or an agency belongs to.
 *
 * @param name    full name as written, e.g. 武汉市, 东西湖区
 * @param level   its level
 * @param within  the enclosing jurisdiction, or null for a province or a municipality at the top
 * @param city    the jurisdiction that counts as its city in cross-city questions (a district's city; a city itself);
 *                null for a province
 */
public record Jurisdiction(String name, Level level, Jurisdiction within, Jurisdiction city) {

    public static Jurisdiction province(String name) {
        return new Jurisdiction(name, Level.PROVINCE, null, null);
    }

    public static Jurisdiction city(String name, Jurisdiction province) {
        return new Jurisdiction(name, Level.CITY, province, null);
    }

    public static Jurisdiction district(String name, Jurisdiction city) {
        return new Jurisdiction(name, Level.DISTRICT, city, city);
    }

    /** The city this jurisdiction counts for: itself when it is a city. */
    public Jurisdiction countsForCity() {
        if (level == Level.CITY) {
            return this;
        }
        return city;
    }
}
