package org.reformgraph.loader.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reformgraph.loader.Level;

/**
 * What the scheme's labels cannot say about core names (an agency's name without its jurisdiction prefix): the full
 * form of an abbreviation, bodies that merge two types, the type a suffix suggests for a name no list anticipated, and
 * which types do not identify one body in a jurisdiction.
 */
final class CoreNames {
    private CoreNames() {
    }

    /** Abbreviated or variant core names → the full name used in a preferred label. */
    private static final Map<String, String> FULL = Map.ofEntries(
            Map.entry("发改委", "发展和改革委员会"),
            Map.entry("发展改革委", "发展和改革委员会"),
            Map.entry("发展和改革委", "发展和改革委员会"),
            Map.entry("发改局", "发展和改革局"),
            Map.entry("发展改革局", "发展和改革局"),
            Map.entry("市场监管局", "市场监督管理局"),
            Map.entry("人社局", "人力资源和社会保障局"),
            Map.entry("人力资源社会保障局", "人力资源和社会保障局"),
            Map.entry("经信局", "经济和信息化局"),
            Map.entry("工信局", "工业和信息化局"),
            Map.entry("住建局", "住房和城乡建设局"),
            Map.entry("住房城乡建设局", "住房和城乡建设局"),
            Map.entry("城建局", "城乡建设局"),
            Map.entry("科技局", "科学技术局"),
            Map.entry("交通局", "交通运输局"),
            Map.entry("城管局", "城市管理局"),
            Map.entry("城管委", "城市管理委员会"),
            Map.entry("城管执法局", "城市管理执法局"),
            Map.entry("医保局", "医疗保障局"),
            Map.entry("卫健委", "卫生健康委员会"),
            Map.entry("卫生健康委", "卫生健康委员会"),
            Map.entry("文旅局", "文化和旅游局"),
            Map.entry("政务服务大数据局", "政务服务和大数据管理局"),
            Map.entry("房管局", "住房保障和房屋管理局"),
            Map.entry("公积金中心", "住房公积金管理中心"),
            Map.entry("住房公积金中心", "住房公积金管理中心"),
            Map.entry("交管局", "公安局交通管理局"),
            Map.entry("国资委", "国有资产监督管理委员会"),
            Map.entry("工商联", "工商业联合会"),
            Map.entry("贸促会", "国际贸易促进委员会"),
            Map.entry("仲裁委", "仲裁委员会"),
            Map.entry("妇联", "妇女联合会"),
            Map.entry("残联", "残疾人联合会"),
            Map.entry("投促局", "投资促进局"),
            Map.entry("检察院", "人民检察院"),
            Map.entry("政府", "人民政府"),
            Map.entry("管委会", "管理委员会"),
            Map.entry("开发区管委会", "开发区管理委员会"),
            Map.entry("空港委", "空港经济区管理委员会"),
            Map.entry("城运中心", "城市运行管理中心"),
            Map.entry("综保办", "综合保税区办公室"),
            Map.entry("资建局", "自然资源和城乡建设局"),
            Map.entry("营商办", "优化营商环境办公室"),
            Map.entry("应急局", "应急管理局"),
            Map.entry("团委", "共青团委员会"),
            Map.entry("委组织部", "委组织部"));

    /** Full names that depend on the level: a city's court is its intermediate court, its general office a 办公厅. */
    private static final Map<String, String[]> FULL_BY_LEVEL = Map.of(
            // {city form, district form}
            "法院", new String[] {"中级人民法院", "人民法院"},
            "中院", new String[] {"中级人民法院", "中级人民法院"},
            "政办", new String[] {"人民政府办公厅", "人民政府办公室"},
            "政府办", new String[] {"人民政府办公厅", "人民政府办公室"});

    /** Bodies formed by merging two departments: one body, both types. */
    private static final Map<String, List<String>> MERGED = Map.of(
            "经科局", List.of("economy-information", "science-technology"),
            "科经局", List.of("science-technology", "economy-information"),
            "经济和科技局", List.of("economy-information", "science-technology"),
            "资建局", List.of("natural-resources-planning", "housing-construction"),
            "自然资源和城乡建设局", List.of("natural-resources-planning", "housing-construction"),
            "商促局", List.of("commerce", "investment-promotion"),
            "商务和投资促进局", List.of("commerce", "investment-promotion"),
            "发改经信局", List.of("development-reform", "economy-information"),
            "科技经信局", List.of("science-technology", "economy-information"));

    /** The type an unlisted name suggests by its ending, checked in this order. */
    private static final List<String[]> SUFFIX_TYPES = List.of(
            new String[] {"检察院", "procuratorate"},
            new String[] {"法院", "court"},
            new String[] {"法庭", "court"},
            new String[] {"海关", "customs"},
            new String[] {"税务局", "taxation"},
            // Bodies of before the 2018 reform, merged since into another type's body: typed, but keyed by their own
            // name so that 国税局 and 地税局 of one city stay two bodies.
            new String[] {"国税局", "taxation"},
            new String[] {"地税局", "taxation"},
            new String[] {"物价局", "development-reform"},
            new String[] {"法制办", "justice"},
            new String[] {"法制办公室", "justice"},
            new String[] {"支行", "central-bank-branch"},
            new String[] {"数据资源局", "government-services-data"},
            new String[] {"数据局", "government-services-data"},
            new String[] {"供电公司", "power-utility"},
            new String[] {"供电局", "power-utility"},
            new String[] {"中心支行", "central-bank-branch"},
            new String[] {"营业管理部", "central-bank-branch"},
            new String[] {"仲裁委员会", "arbitration-commission"},
            new String[] {"仲裁委", "arbitration-commission"},
            new String[] {"仲裁中心", "arbitration-commission"},
            new String[] {"管委会", "development-zone-committee"},
            new String[] {"管理委员会", "development-zone-committee"},
            new String[] {"街道办事处", "subdistrict-office"},
            new String[] {"人民政府", "people-government"},
            new String[] {"集团", "state-owned-group"},
            new String[] {"公司", "state-owned-group"},
            new String[] {"公共资源交易中心", "public-resources-trading"},
            new String[] {"公安分局", "public-security"},
            new String[] {"消防救援支队", "fire-rescue"});

    /**
     * Types that do not pick out one body in a jurisdiction (a city has many state-owned groups): an agency of such a
     * type is keyed by the pinyin of its name instead of the type's slug.
     */
    static final Set<String> NON_IDENTIFYING = Set.of("state-owned-group", "industry-office");

    /** Collective actors (several bodies named together as one) and whether they belong to the city or the plan. */
    static final Set<String> COLLECTIVE = Set.of("district-governments", "subdistrict-offices", "municipal-units",
            "district-units", "enforcement-departments", "indicator-lead-departments", "sector-authorities",
            "state-enterprises", "industry-offices", "credit-departments", "city-governments", "township-governments",
            "development-zone-committees", "provincial-units");

    /** Collectives that are always a province's (各市州人民政府, 省直有关部门). */
    static final Set<String> PROVINCE_COLLECTIVE = Set.of("city-governments", "provincial-units");

    /** Collectives that are always a city's (各区人民政府, 市直相关单位), whichever plan names them. */
    static final Set<String> CITY_COLLECTIVE = Set.of("district-governments", "municipal-units");

    static Set<String> mergedNames() {
        return MERGED.keySet();
    }

    static Optional<List<String>> merged(String core) {
        return Optional.ofNullable(MERGED.get(core));
    }

    static Optional<String> typeBySuffix(String core) {
        for (String[] suffixType : SUFFIX_TYPES) {
            if (core.endsWith(suffixType[0])) {
                return Optional.of(suffixType[1]);
            }
        }
        return Optional.empty();
    }

    /** The full core name for a preferred label at a jurisdiction's level: 发改委 → 发展和改革委员会. */
    static String full(String core, Level level) {
        String[] byLevel = FULL_BY_LEVEL.get(core);
        if (byLevel != null) {
            return level == Level.DISTRICT || level == Level.TOWNSHIP ? byLevel[1] : byLevel[0];
        }
        return FULL.getOrDefault(core, core);
    }
}
