package org.reformgraph.loader.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Span;

/**
 * Where the first unit of a run of unit names ends when a flattened table glued its 牵头单位 and 责任单位 cells
 * together (区市场监管局区税务局、区人社局): at a space or list mark, or where a name's closing word (局 委 办 院 中心
 * 公司 …) is followed by the start of another name (区 市 县 省 各 国网 …). This only cuts the cell; who the units
 * are is the attribute and resolve stages' business.
 */
final class AgencyBoundary {
    private static final Pattern END_OF_FIRST = Pattern.compile(
            "[\\s、，,；;]|(?<=局|委|办|院|中心|公司|分局|支队|大队|厅|政府|街道|银行|集团|海关|所|站|会|部)(?=区|市|县|省|州|各|国网|中国|国家|人行)");

    private AgencyBoundary() {
    }

    /** The first unit's span inside {@code units}, or null when the units cannot be cut. */
    static Span firstUnit(String text, Span units) {
        String s = units.of(text);
        Matcher m = END_OF_FIRST.matcher(s);
        if (!m.find() || m.start() == 0) {
            return units;
        }
        return new Span(units.start(), units.start() + m.start());
    }
}
