package org.reformgraph.loader;

/** The administrative level of a jurisdiction, as {@code rg:level} records it. */
public enum Level {
    NATION, PROVINCE, CITY, DISTRICT, TOWNSHIP;

    /** Parses {@code province|city|district|...}, case-insensitively; names the accepted values on failure. */
    public static Level parse(String text) {
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + text + "': expected one of nation, province, city, district, township");
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
