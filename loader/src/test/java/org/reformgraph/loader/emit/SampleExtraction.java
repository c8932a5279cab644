package org.reformgraph.loader.emit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.attribute.AgencyMention;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attribution;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.NodeKind;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.pipeline.PlanExtraction;

/**
 * A hand-built extraction of a tiny plan, as the stages before emit would give it. The original text starts with a
 * character outside the BMP (two UTF-16 units, one code point) and a bookmark marker that cleaning removed, so that
 * published offsets differ from the cleaned text's indexes in both ways.
 */
public final class SampleExtraction {
    public static final String BASE = "https://example.org/id/";
    public static final String NOISE = "[bookmark: _Toc1]";
    public static final String ORIGINAL = "𠀀" + NOISE + "一、总体要求\n"
            + "1.破除准入壁垒。会同市税务局推进改革（市发改委牵头，市市场监管局负责）。\n";
    public static final Jurisdiction HUBEI = Jurisdiction.province("湖北省");
    public static final Jurisdiction WUHAN = Jurisdiction.city("武汉市", HUBEI);

    public static final ResolvedAgency DEVELOPMENT_REFORM =
            new ResolvedAgency("wuhan/development-reform", "武汉市发展和改革委员会", WUHAN, List.of("development-reform"));
    public static final ResolvedAgency MARKET_REGULATION =
            new ResolvedAgency("wuhan/market-regulation", "武汉市市场监督管理局", WUHAN, List.of("market-regulation"));
    public static final ResolvedAgency TAXATION =
            new ResolvedAgency("wuhan/taxation", "国家税务总局武汉市税务局", WUHAN, List.of("taxation"));

    private SampleExtraction() {
    }

    /** The slugs the resolve stage would give these jurisdictions. */
    public static String slug(Jurisdiction jurisdiction) {
        return switch (jurisdiction.name()) {
            case "湖北省" -> "hubei";
            case "武汉市" -> "wuhan";
            default -> throw new IllegalArgumentException("no slug for " + jurisdiction.name() + " in this test");
        };
    }

    public static IriMinter iris() {
        return new IriMinter(BASE, SampleExtraction::slug);
    }

    /** The cleaned text: the original without the bookmark marker. */
    public static CleanText clean() {
        int cut = ORIGINAL.indexOf(NOISE);
        String text = ORIGINAL.substring(0, cut) + ORIGINAL.substring(cut + NOISE.length());
        int[] map = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            map[i] = i < cut ? i : i + NOISE.length();
        }
        return new CleanText(ORIGINAL, text, map);
    }

    /** The cleaned-text span of {@code part}, found after {@code from}. */
    public static Span find(String part, int from) {
        String text = clean().text();
        int start = text.indexOf(part, from);
        if (start < 0) {
            throw new IllegalArgumentException(part + " is not in the sample");
        }
        return new Span(start, start + part.length());
    }

    public static Span find(String part) {
        return find(part, 0);
    }

    public static PlanExtraction extraction() {
        CleanText clean = clean();
        String text = clean.text();
        Span measureSpan = new Span(text.indexOf("1."), text.length());
        Span body = new Span(text.indexOf("破除"), text.length());
        OutlineNode measure = new OutlineNode(NodeKind.MEASURE, "1.", 1, "1.1", "破除准入壁垒", measureSpan, body, List.of(), null);
        OutlineNode part = new OutlineNode(NodeKind.PART, "一、", 1, "1", "总体要求", new Span(text.indexOf("一、"), text.length()),
                find("总体要求"), List.of(measure), null);
        Outline outline = new Outline(List.of(part), List.of());

        Span statement = find("（市发改委牵头，市市场监管局负责）");
        List<Attribution> attributions = List.of(
                new Attribution("市发改委", Role.LEAD, 1, Basis.EXPLICIT, find("市发改委"), statement, false, 0.95),
                new Attribution("市市场监管局", Role.RESPONSIBLE, 1, Basis.EXPLICIT, find("市市场监管局"), statement, false, 0.9));
        List<AgencyMention> mentions = List.of(new AgencyMention("市税务局", find("市税务局"), "dictionary", 0.8));
        AttributedMeasure attributed = new AttributedMeasure(measure, attributions, mentions);

        byte[] bytes = ORIGINAL.getBytes(StandardCharsets.UTF_8);
        SourceText source = new SourceText("sample.txt", ORIGINAL, StandardCharsets.UTF_8, "ab".repeat(32), bytes.length);
        PlanMetadata plan = new PlanMetadata("sample-2023", "示例方案", "武政办〔2023〕1号", "武汉市发展和改革委员会",
                java.time.LocalDate.of(2023, 10, 31), null, null, false, WUHAN, "sample.txt", null);
        Map<String, ResolvedAgency> agencies = Map.of(
                "市发改委", DEVELOPMENT_REFORM, "市市场监管局", MARKET_REGULATION, "市税务局", TAXATION,
                "武汉市发展和改革委员会", DEVELOPMENT_REFORM);
        return new PlanExtraction(plan, source, clean, outline, List.of(attributed), agencies, List.of());
    }
}
