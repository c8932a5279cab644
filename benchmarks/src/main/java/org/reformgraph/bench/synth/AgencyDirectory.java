package org.reformgraph.bench.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * The kinds of agency a plan names and the variant names each kind goes by at each level (resource
 * {@code agencies.txt}), e.g. 市发改委 / 市发展改革委 / 市发展和改革委员会 at city level and 区发改局 at district level.
 */
public final class AgencyDirectory {
    /** kind → level code (P, C, D) → name templates with {P} and {J} */
    private final Map<String, Map<Character, List<String>>> templates = new LinkedHashMap<>();

    private AgencyDirectory() {
    }

    public static AgencyDirectory load() {
        AgencyDirectory directory = new AgencyDirectory();
        for (Resources.Line line : Resources.lines("agencies.txt")) {
            String[] columns = line.text().split("\t");
            if (columns.length != 3 || !columns[1].matches("[PCD]+")) {
                throw line.error("kind <TAB> levels (P, C, D) <TAB> variant|variant…");
            }
            List<String> variants = List.of(columns[2].split("\\|"));
            for (char level : columns[1].toCharArray()) {
                List<String> previous = directory.templates
                        .computeIfAbsent(columns[0], k -> new LinkedHashMap<>())
                        .putIfAbsent(level, variants);
                if (previous != null) {
                    throw line.error("kind " + columns[0] + " given twice for level " + level);
                }
            }
        }
        return directory;
    }

    /** The kinds that exist at the jurisdiction's level, in file order. */
    public List<String> kinds(Jurisdiction jurisdiction) {
        char level = code(jurisdiction.level());
        List<String> kinds = new ArrayList<>();
        templates.forEach((kind, byLevel) -> {
            if (byLevel.containsKey(level)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** Every name the kind goes by in the jurisdiction; empty if the kind does not exist at its level. */
    public List<String> names(String kind, Jurisdiction jurisdiction) {
        List<String> variants = templates.getOrDefault(kind, Map.of()).getOrDefault(code(jurisdiction.level()), List.of());
        String prefix = JurisdictionPool.agencyPrefix(jurisdiction);
        String full = JurisdictionPool.fullName(jurisdiction);
        List<String> names = new ArrayList<>(variants.size());
        for (String variant : variants) {
            names.add(variant.replace("{P}", prefix).replace("{J}", full));
        }
        return names;
    }

    /** Every kind, for checks that a gold agency's kind is one the directory knows. */
    public boolean knows(String kind) {
        return templates.containsKey(kind);
    }

    private static char code(Level level) {
        return switch (level) {
            case NATION, PROVINCE -> 'P';
            case CITY -> 'C';
            case DISTRICT, TOWNSHIP -> 'D';
        };
    }
}
