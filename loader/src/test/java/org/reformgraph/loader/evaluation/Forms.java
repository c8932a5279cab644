package org.reformgraph.loader.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The written forms the corpus exercises, as tagged in the gold files. Figures are grouped by these tags, so a form
 * that the loader misreads shows up on its own line instead of vanishing in an average.
 */
public final class Forms {
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        add("numbering-arabic-dot", "measures numbered 1. or 1．");
        add("numbering-arabic-comma", "measures numbered 1、");
        add("numbering-paren-chinese", "measures numbered (一) with half-width brackets");
        add("numbering-paren-arabic", "measures numbered （1） / (1)");
        add("numbering-circled", "measures numbered ①②③ under （一） sections");
        add("numbering-nested-items", "attributed (1)(2)(3) items under 1. headings, numbers repeating");
        add("numbering-odd-spacing", "odd spacing and stray marks: 1 . / （ 一 ） / 1.\u3000 / 4．． / ５． / ·7.");
        add("attr-lead-resp-block", "（牵头单位：A；责任单位：B、C） with full- and half-width ：: ；;");
        add("attr-tortoise-bracket", "〔牵头单位：A，责任单位：B、C〕");
        add("attr-inline-lead", "（A牵头负责）");
        add("attr-lead-cooperate", "（A牵头，B、C配合）");
        add("attr-responsible-list", "（责任单位：A、B）: the first unit leads by convention");
        add("attr-labelled-lines", "牵头单位：A / 配合单位：B / 完成时限：… on lines after the item");
        add("attr-section-inherited", "a 牵头单位 stated once for a section, inherited by its items");
        add("attr-flattened-table", "table rows flattened to text: number, cells and units run together");
        add("attr-notice-convention", "the notice says 第一责任单位为牵头单位");
        add("attr-conjunctions-tails", "及/和 inside unit lists; 等有关部门 tails");
        add("attr-deadline-beside", "deadlines and 持续推进 beside the units");
        add("script-traditional", "traditional Chinese: 牽頭單位, 責任單位");
        add("script-pinyin-gloss", "traditional text with pinyin glosses inside words: 市場(chǎng)監(jiān)管局");
        add("noise-html", "HTML remnants: <p>, &nbsp;, <br/>");
        add("noise-mixed-width", "half- and full-width punctuation mixed within lines");
        add("encoding-gb18030", "a file saved as GB18030");
        add("level-province", "a province plan: 省直 units, 各市州");
        add("level-prefecture-zhou", "an autonomous prefecture (州) plan");
        add("level-municipality", "a municipality (直辖市) plan");
        add("level-city", "a prefecture-level city plan");
        add("level-county", "a county plan: 县直 units, 各乡镇人民政府");
        add("level-district", "a city district plan: 区直 units, 各街道");
        add("partial-unnumbered", "part of the plan lost its numbering");
        add("partial-garbled", "a section is mis-decoded and unreadable");
    }

    private Forms() {
    }

    private static void add(String tag, String description) {
        DESCRIPTIONS.put(tag, description);
    }

    /** Every known tag with what it means, in a stable order for reports. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(DESCRIPTIONS);
    }

    public static boolean known(String tag) {
        return DESCRIPTIONS.containsKey(tag);
    }
}
