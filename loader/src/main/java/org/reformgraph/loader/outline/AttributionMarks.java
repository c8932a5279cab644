package org.reformgraph.loader.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, without resolving any agency, the written forms in which a plan says who is responsible for an item:
 * a bracketed block with a label （牵头单位：A；责任单位：B） 〔责任部门：A〕 (either width of colon), a bracketed
 * group that ends with a verb of responsibility （A、B负责） （A牵头，B配合）, and a labelled line after an item
 * (牵头部门：A / 配合单位：B). The outline only needs to know where such statements are, to tell measures from
 * sections; the attribute stage reads them.
 */
final class AttributionMarks {
    private static final String ROLE = "(?:牵头|责任|配合|主责|协办|参与|协同|承办|主办)";
    private static final String LABEL = ROLE + "[^：:（()）\\n]{0,6}[：:]";
    private static final String VERB = "(?:负责|牵头|牵头负责|配合|负责落实|按职责分工负责|分工负责|共同负责|按职责负责)";
    private static final Pattern BRACKETED = Pattern.compile(
            "[（(〔【]\\s*(?:" + LABEL + "[^（()）〔〕【】\\n]*|[^（()）〔〕【】\\n]{1,200}?" + VERB + ")\\s*[）)〕】]");
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "^\\s*" + ROLE + "[\\u4e00-\\u9fff]{0,4}(?:单位|部门|处室|领导)\\s*[：:]");
    /** A whole line that is one attribution block, or a labelled line: what can close a section. */
    private static final Pattern BLOCK_LINE = Pattern.compile(
            "^[（(〔【]\\s*(?:" + LABEL + ".*|[^（(〔【]*" + VERB + ")[）)〕】][。；;]?$");

    private static final Pattern TRAILING_GROUP = Pattern.compile("[（(〔【][^（()）〔〕【】\\n]*[）)〕】]\\s*$");

    private AttributionMarks() {
    }

    /** The text without an attribution block at its end: 提升企业开办服务（牵头单位：市市场监管局） → 提升企业开办服务. */
    static String withoutTrailing(String text) {
        Matcher m = TRAILING_GROUP.matcher(text);
        if (m.find() && m.start() > 0 && BRACKETED.matcher(m.group()).find()) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }

    /** True when the text holds an attribution statement in any of the recognised forms. */
    static boolean in(String text) {
        if (BRACKETED.matcher(text).find()) {
            return true;
        }
        for (String line : text.split("\n")) {
            if (LABELLED_LINE.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when the whole line is an attribution statement: a block line or a labelled line. */
    static boolean isBlockLine(String line) {
        return BLOCK_LINE.matcher(line.strip()).matches() || LABELLED_LINE.matcher(line).find();
    }
}
