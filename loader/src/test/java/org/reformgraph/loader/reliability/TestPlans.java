package org.reformgraph.loader.reliability;

import java.nio.file.Path;
import org.reformgraph.loader.read.Seeds;

/** Plan texts for the reliability tests: a small seed plan, and synthetic plans of any size. */
final class TestPlans {
    /** The smallest seed plan, 厦门市 (xiamen-2022): quick to load. */
    static Path xiamen() {
        return Seeds.path(Seeds.XIAMEN);
    }

    /** A plan in the shape the loader reads, with {@code sections × perSection} numbered, attributed measures. */
    static String syntheticPlan(String title, int sections, int perSection) {
        String numerals = "一二三四五六七八九十";
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (int s = 0; s < sections; s++) {
            text.append(numerals.charAt(s % 10)).append("、提升第").append(s + 1).append("方面服务水平\n");
            for (int i = 1; i <= perSection; i++) {
                text.append(i).append(". 推进企业开办和不动产登记便利化改革，压缩办理时限至1个工作日，实现电子证照互认。")
                        .append("（责任单位：市发改委、市市场监管局、市资源规划局，各区人民政府）\n");
            }
        }
        return text.toString();
    }
}
