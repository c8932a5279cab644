package org.reformgraph.loader.resolve;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collectives written with a level before them, at any level: 省直有关部门, 州直各部门, 县级有关部门, 市级有关执法部门,
 * 区直各执法部门, 市各有关执法部门. The level says whose departments they are (省 the province, 市 or 州 the city,
 * 区 or 县 the district or county); the rest is either a plain word for "the departments" or a collective of the
 * scheme.
 */
final class CollectiveNames {
    private static final Pattern LEVELLED = Pattern.compile("^([省市区县州])(级|直|属)?(.{2,})$");
    /** "The departments" without a level: no body by itself, the level makes it one. */
    private static final Set<String> DEPARTMENTS = Set.of("有关部门", "各部门", "相关部门", "有关单位", "各单位", "相关单位",
            "各有关单位", "各有关部门", "各相关部门", "各相关单位", "部门", "单位", "直属单位", "各直属单位");

    private CollectiveNames() {
    }

    /** A collective and the level prefix that says whose it is. */
    record Collective(String type, char level) {
    }

    static Optional<Collective> withLevel(String name, AgencyTypeScheme scheme) {
        Matcher m = LEVELLED.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        char level = m.group(1).charAt(0);
        String rest = m.group(3);
        boolean levelWord = m.group(2) != null;
        if (DEPARTMENTS.contains(rest) && (levelWord || rest.startsWith("各"))) {
            return Optional.of(new Collective(unitsOf(level), level));
        }
        Optional<String> type = scheme.typeOf(rest);
        if (type.isPresent() && CoreNames.COLLECTIVE.contains(type.get())) {
            return Optional.of(new Collective(type.get(), level));
        }
        return Optional.empty();
    }

    private static String unitsOf(char level) {
        return switch (level) {
            case '省' -> "provincial-units";
            case '市', '州' -> "municipal-units";
            default -> "district-units";
        };
    }
}
