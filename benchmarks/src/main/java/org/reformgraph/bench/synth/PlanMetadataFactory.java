package org.reformgraph.bench.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.catalog.PlanMetadata;

/** Titles, document numbers, issuers and dates as plans of each level carry them. */
final class PlanMetadataFactory {
    private static final List<String> TITLES = List.of(
            "优化营商环境行动方案", "持续优化营商环境若干措施", "打造市场化法治化国际化一流营商环境实施方案",
            "营商环境优化提升行动方案", "进一步优化营商环境更好服务经营主体工作方案", "营商环境创新提升行动实施方案",
            "对标一流持续优化营商环境实施意见", "深化营商环境综合改革行动方案", "营商环境攻坚突破年行动方案");
    /** the one-character abbreviations of provincial-level units that head their document numbers (鄂政办发 …) */
    private static final Map<String, String> PROVINCE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("河北省", "冀"), Map.entry("山西省", "晋"), Map.entry("内蒙古自治区", "内"), Map.entry("辽宁省", "辽"),
            Map.entry("吉林省", "吉"), Map.entry("黑龙江省", "黑"), Map.entry("江苏省", "苏"), Map.entry("浙江省", "浙"),
            Map.entry("安徽省", "皖"), Map.entry("福建省", "闽"), Map.entry("江西省", "赣"), Map.entry("山东省", "鲁"),
            Map.entry("河南省", "豫"), Map.entry("湖北省", "鄂"), Map.entry("湖南省", "湘"), Map.entry("广东省", "粤"),
            Map.entry("广西壮族自治区", "桂"), Map.entry("海南省", "琼"), Map.entry("四川省", "川"), Map.entry("贵州省", "黔"),
            Map.entry("云南省", "云"), Map.entry("西藏自治区", "藏"), Map.entry("陕西省", "陕"), Map.entry("甘肃省", "甘"),
            Map.entry("青海省", "青"), Map.entry("宁夏回族自治区", "宁"), Map.entry("新疆维吾尔自治区", "新"),
            Map.entry("北京市", "京"), Map.entry("上海市", "沪"), Map.entry("天津市", "津"), Map.entry("重庆市", "渝"));

    private PlanMetadataFactory() {
    }

    static PlanMetadata create(String id, String sourceFile, Jurisdiction jurisdiction, Random random) {
        int year = 2017 + random.nextInt(9);
        LocalDate issued = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        String title = jurisdiction.name() + TITLES.get(random.nextInt(TITLES.size()))
                + (random.nextInt(4) == 0 ? "（" + year + "年）" : "");
        return new PlanMetadata(id, title, documentNumber(jurisdiction, year, random), issuer(jurisdiction, random),
                issued, year, null, false, jurisdiction, sourceFile, null);
    }

    private static String documentNumber(Jurisdiction jurisdiction, int year, Random random) {
        String abbreviation = PROVINCE_ABBREVIATIONS.getOrDefault(jurisdiction.name(), jurisdiction.name().substring(0, 1));
        String kind = switch (random.nextInt(3)) {
            case 0 -> "政办发";
            case 1 -> "政办函";
            default -> "政办";
        };
        return abbreviation + kind + "〔" + year + "〕" + (1 + random.nextInt(60)) + "号";
    }

    private static String issuer(Jurisdiction jurisdiction, Random random) {
        boolean provincial = jurisdiction.level() == Level.PROVINCE
                || (jurisdiction.level() == Level.CITY && jurisdiction.within() == null);
        if (provincial || (jurisdiction.level() == Level.CITY && random.nextBoolean())) {
            return jurisdiction.name() + "人民政府办公厅";
        }
        return jurisdiction.name() + "人民政府办公室";
    }
}
