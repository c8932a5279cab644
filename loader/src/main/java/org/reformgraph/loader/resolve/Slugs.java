package org.reformgraph.loader.resolve;

import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Level;

/**
 * The ASCII path segments that agency and jurisdiction IRIs are minted from: stable, lowercase, built from the pinyin
 * of the Chinese name, so that the same name always gives the same IRI.
 */
public final class Slugs {
    /** The nation's slug. */
    public static final String NATION = "cn";

    /**
     * Place names whose dictionary pinyin is wrong (polyphones) or whose customary romanisation differs. Keyed by the
     * name without its level suffix.
     */
    private static final Map<String, String> PLACE_OVERRIDES = Map.ofEntries(
            Map.entry("长寿", "changshou"),
            Map.entry("重庆", "chongqing"),
            Map.entry("厦门", "xiamen"),
            Map.entry("东西湖", "dongxihu"),
            Map.entry("蚌埠", "bengbu"),
            Map.entry("六安", "luan"),
            Map.entry("朝阳", "chaoyang"),
            Map.entry("洪洞", "hongtong"),
            Map.entry("单县", "shanxian"),
            Map.entry("番禺", "panyu"),
            Map.entry("乐清", "yueqing"),
            Map.entry("蔚县", "yuxian"),
            Map.entry("长安", "changan"),
            Map.entry("长宁", "changning"),
            Map.entry("长沙", "changsha"),
            Map.entry("长春", "changchun"),
            Map.entry("长治", "changzhi"),
            Map.entry("大厂", "dachang"),
            Map.entry("都江堰", "dujiangyan"),
            Map.entry("陕西", "shaanxi"));

    /** Level suffixes stripped from a place name before romanising it; longest first. */
    private static final List<String> LEVEL_SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县");

    private Slugs() {
    }

    /**
     * The slug of a jurisdiction's IRI: {@code cn} for the nation, {@code hubei}, {@code wuhan},
     * {@code wuhan/dongxihu} (a district under its city).
     */
    public static String jurisdictionSlug(Jurisdiction jurisdiction) {
        if (jurisdiction.level() == Level.NATION) {
            return NATION;
        }
        String own = placeSlug(jurisdiction.name());
        if (jurisdiction.level() == Level.DISTRICT || jurisdiction.level() == Level.TOWNSHIP) {
            Jurisdiction parent = jurisdiction.city() != null ? jurisdiction.city() : jurisdiction.within();
            if (jurisdiction.level() == Level.TOWNSHIP && jurisdiction.within() != null) {
                parent = jurisdiction.within();
            }
            if (parent != null) {
                return jurisdictionSlug(parent) + "/" + own;
            }
        }
        return own;
    }

    /** A place name without its level suffix, romanised: 东西湖区 → dongxihu, 湖北省 → hubei. */
    public static String placeSlug(String placeName) {
        String stem = stem(placeName);
        String override = PLACE_OVERRIDES.get(stem);
        if (override != null) {
            return override;
        }
        String slug = String.join("", PinyinSyllables.of(stem));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("place name '" + placeName + "' has no letters to make a slug from");
        }
        return slug;
    }

    /** A core name romanised syllable by syllable: 经科局 → jing-ke-ju. */
    public static String nameSlug(String name) {
        String slug = String.join("-", PinyinSyllables.of(name));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("name '" + name + "' has no letters to make a slug from");
        }
        return slug;
    }

    /** The name without its level suffix (长寿区 → 长寿), unless that would leave less than one character. */
    public static String stem(String placeName) {
        for (String suffix : LEVEL_SUFFIXES) {
            if (placeName.endsWith(suffix) && placeName.length() > suffix.length()) {
                String stem = placeName.substring(0, placeName.length() - suffix.length());
                // 单县, 蔚县: a one-character stem is the county's whole name.
                return stem.length() == 1 && PLACE_OVERRIDES.containsKey(placeName) ? placeName : stem;
            }
        }
        return placeName;
    }
}
