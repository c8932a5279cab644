package org.reformgraph.loader.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Provinces and the larger cities with the province they belong to: enough to put a city plan in its province (省…
 * in a Wuhan plan is 湖北省) and to recognise a place name at the start of an agency's name (厦门海关). Municipalities
 * directly under the central government (直辖市) have no province.
 */
final class Gazetteer {
    static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

    static final List<String> PROVINCES = List.of("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省",
            "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省",
            "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");

    private static final Map<String, String> CITY_PROVINCE = new LinkedHashMap<>();

    static {
        city("河北省", "石家庄", "唐山", "保定", "廊坊", "雄安");
        city("山西省", "太原", "大同");
        city("辽宁省", "沈阳", "大连");
        city("吉林省", "长春", "吉林");
        city("黑龙江省", "哈尔滨");
        city("江苏省", "南京", "苏州", "无锡", "常州", "南通", "徐州");
        city("浙江省", "杭州", "宁波", "温州", "绍兴", "嘉兴", "金华", "台州", "湖州");
        city("安徽省", "合肥", "芜湖", "蚌埠", "六安");
        city("福建省", "福州", "厦门", "泉州", "漳州");
        city("江西省", "南昌", "赣州");
        city("山东省", "济南", "青岛", "烟台", "潍坊");
        city("河南省", "郑州", "洛阳");
        city("湖北省", "武汉", "宜昌", "襄阳", "鄂州", "黄石", "十堰", "荆州");
        city("湖南省", "长沙", "株洲", "湘潭");
        city("广东省", "广州", "深圳", "珠海", "佛山", "东莞", "中山", "惠州", "汕头");
        city("海南省", "海口", "三亚");
        city("四川省", "成都", "绵阳");
        city("贵州省", "贵阳");
        city("云南省", "昆明");
        city("陕西省", "西安");
        city("甘肃省", "兰州");
        city("青海省", "西宁");
        city("内蒙古自治区", "呼和浩特", "包头");
        city("广西壮族自治区", "南宁", "柳州");
        city("西藏自治区", "拉萨");
        city("宁夏回族自治区", "银川");
        city("新疆维吾尔自治区", "乌鲁木齐");
    }

    private static void city(String province, String... stems) {
        for (String stem : stems) {
            CITY_PROVINCE.put(stem + "市", province);
        }
    }

    private Gazetteer() {
    }

    /** The province of a known city (full name with 市), empty for a municipality or an unknown city. */
    static Optional<String> provinceOf(String cityName) {
        return Optional.ofNullable(CITY_PROVINCE.get(cityName));
    }

    /** Every known city and municipality by full name (武汉市). */
    static Set<String> cities() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(CITY_PROVINCE.keySet());
        all.addAll(MUNICIPALITIES);
        return all;
    }

    /** A province's full name from its short form (湖北 → 湖北省, 广西 → 广西壮族自治区), or empty. */
    static Optional<String> province(String name) {
        for (String province : PROVINCES) {
            if (province.equals(name) || Slugs.stem(province).startsWith(name) && name.length() >= 2) {
                return Optional.of(province);
            }
        }
        return Optional.empty();
    }

    /** A city's full name from its name with or without 市, or empty when unknown. */
    static Optional<String> city(String name) {
        String full = name.endsWith("市") ? name : name + "市";
        return cities().contains(full) ? Optional.of(full) : Optional.empty();
    }
}
