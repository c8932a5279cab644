package org.reformgraph.loader.reliability;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed plans folder (surefire sets {@code reformgraph.seeds}; from an IDE, found above the working directory). */
final class Seeds {
    /** The smallest seed plan, 厦门市 (xiamen-2022): quick to load. */
    static final String XIAMEN = "001_f8c864038247f383.txt";

    private Seeds() {
    }

    static Path folder() {
        String property = System.getProperty("reformgraph.seeds");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds/catalog.ttl"))) {
                return dir.resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
    }

    static Path xiamen() {
        return folder().resolve(XIAMEN);
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
