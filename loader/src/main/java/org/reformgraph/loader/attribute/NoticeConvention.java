package org.reformgraph.loader.attribute;

import java.util.regex.Pattern;

/**
 * A convention a plan states once, usually in its notice: 第一责任单位为牵头单位, 排在首位的为牵头单位. Where it is
 * stated, the first unit of a 责任单位 list is the lead because the text says so, not by a reader's guess: its basis
 * is explicit.
 */
final class NoticeConvention {
    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "(第一个?|首个|首位|排在?首位的?|列首位的?|排在?第一位?的?|列第一位?的?|排名第一的?|排序第一的?)"
                    + "(责任)?(单位|部门)?(为|是|即为|作为|系)牵头(单位|部门)");

    private NoticeConvention() {
    }

    /** Whether the text says that the first unit listed for a task leads it. */
    static boolean firstListedLeads(String text) {
        return FIRST_LISTED_LEADS.matcher(text).find();
    }
}
