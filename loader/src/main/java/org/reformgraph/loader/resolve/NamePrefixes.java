package org.reformgraph.loader.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first part of the agency-name grammar (jurisdiction prefix + core + suffix): the words an agency's name can
 * start with. Where units run together without a separator (区发改局区财政局, 国网成都供电公司区经信局), a new name
 * begins where one of them follows a complete name.
 */
public final class NamePrefixes {
    /** A bare level (市 = the plan's city), a collective's 各, national parents, party and mass bodies. */
    private static final List<String> WORDS = List.of("国网", "国家", "中国", "中共", "人民银行", "人行", "团", "各",
            "省", "市", "区", "县", "州", "镇", "乡", "街道");

    private static final List<String> ALL = all();
    /** National bodies whose local branches write the place after them: 人民银行青岛市中心支行 is one name. */
    private static final List<String> NATIONAL_PARENTS = List.of("中国人民银行", "人民银行", "人行", "国家税务总局",
            "国家金融监督管理总局", "中国证监会", "中国银保监会", "银保监会", "证监会", "国家电网");

    private NamePrefixes() {
    }

    private static List<String> all() {
        List<String> out = new ArrayList<>(WORDS);
        for (String place : Gazetteer.cities()) {
            out.add(place);
            out.add(Slugs.stem(place));
        }
        for (String province : Gazetteer.PROVINCES) {
            out.add(province);
            out.add(Slugs.stem(province));
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Whether an agency's name may start at {@code at} in {@code text}: a jurisdiction or another prefix stands there. */
    public static boolean startsAt(String text, int at) {
        for (String prefix : ALL) {
            if (text.startsWith(prefix, at) && text.length() > at + prefix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a national body that a place and a branch can follow within one name (人民银行…中心支行). */
    public static boolean isNationalParent(String name) {
        return NATIONAL_PARENTS.contains(name);
    }
}
