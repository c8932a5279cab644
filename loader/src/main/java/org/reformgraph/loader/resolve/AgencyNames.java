package org.reformgraph.loader.resolve;

import java.util.regex.Pattern;

/** Normalising an agency's name as written before it is looked up. */
public final class AgencyNames {
    /** Notes inside a name: 各区人民政府<包括开发区…>, 区政府（开发区管委会）. */
    private static final Pattern ANNOTATION = Pattern.compile("[<＜《〈][^<＜《〈>＞》〉]*[>＞》〉]|[（(][^（()）]*[）)]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    /** 团市委, 团区委: the level is written inside the name. */
    private static final Pattern YOUTH_LEAGUE = Pattern.compile("^团([市区省县])委$");

    private AgencyNames() {
    }

    /** The name without annotations and spaces; 团市委 becomes 市团委 so that its level reads as a prefix. */
    public static String normalise(String surface) {
        String name = SPACE.matcher(ANNOTATION.matcher(surface).replaceAll("")).replaceAll("");
        return YOUTH_LEAGUE.matcher(name).replaceFirst("$1团委");
    }
}
