package org.reformgraph.loader.attribute;

import java.util.List;
import java.util.Set;
import org.reformgraph.loader.resolve.AgencyNames;
import org.reformgraph.loader.resolve.AgencyTypeScheme;

/** Whether a piece of text reads as an agency's name: by its ending, or by a core name of the agency-type scheme. */
final class AgencyLexicon {
    /** Endings of agency names, including collectives (…部门, …单位). */
    static final List<String> SUFFIXES = List.of("局", "委", "办", "厅", "中心", "院", "公司", "海关", "银行", "法院", "检察院",
            "政府", "委员会", "管委会", "集团", "所", "站", "队", "部", "处", "署", "会", "联", "分行", "支行", "部门", "单位", "法庭",
            "办公室", "管委", "街道", "总站");

    /** Words that name no particular body: never an agency by themselves. */
    static final Set<String> GENERIC = Set.of("政府", "部门", "单位", "企业", "相关部门", "有关部门", "相关单位", "有关单位", "各部门",
            "各单位", "各级政府", "人民政府", "各有关部门", "各相关部门", "各级各部门", "各区各部门", "责任单位", "牵头单位", "牵头部门",
            "责任部门", "配合单位", "配合部门");

    private final AgencyTypeScheme scheme;

    AgencyLexicon(AgencyTypeScheme scheme) {
        this.scheme = scheme;
    }

    boolean looksLikeAgency(String name) {
        String n = AgencyNames.normalise(name);
        if (n.length() < 2 || GENERIC.contains(n) || !startsWithHan(n)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        for (String label : scheme.labelsLongestFirst()) {
            if (n.endsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithHan(String s) {
        return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
