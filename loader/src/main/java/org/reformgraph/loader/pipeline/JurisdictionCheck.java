package org.reformgraph.loader.pipeline;

import java.util.List;
import java.util.Optional;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Warning;

/**
 * Whether a plan's text names the jurisdiction it is loaded for. The loader knows no gazetteer, so a mistyped or wrong
 * {@code --jurisdiction} would otherwise be taken at its word and every agency minted under it; a plan practically
 * always names its own place (each seed does, 7 to 21 times), so one that never does is worth a warning. A fragment
 * (an upload of a few measures, a test) may well not name it, so only texts the length of a plan are checked.
 */
final class JurisdictionCheck {
    // longest first, so that 自治区 is stripped whole
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡");

    /** The shortest seed is 28 kB; a text of a few lines is a fragment. */
    static final int MIN_PLAN_CHARS = 2000;

    private JurisdictionCheck() {
    }

    static Optional<Warning> check(String fileName, String text, Jurisdiction jurisdiction) {
        String name = jurisdiction.name();
        if (text.length() < MIN_PLAN_CHARS || text.contains(name) || text.contains(shortName(name))) {
            return Optional.empty();
        }
        return Optional.of(new Warning("catalog", 0, fileName + " never names its jurisdiction '" + name
                + "' (nor '" + shortName(name) + "'): is the jurisdiction right? its agencies were minted under it"));
    }

    /** 厦门市 → 厦门; a name that is only a suffix and one character (e.g. 沙市) stays whole. */
    static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
