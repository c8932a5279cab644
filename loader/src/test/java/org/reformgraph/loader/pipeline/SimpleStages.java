package org.reformgraph.loader.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformgraph.loader.Jurisdiction;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attribution;
import org.reformgraph.loader.attribute.Basis;
import org.reformgraph.loader.attribute.Role;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.outline.NodeKind;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.OutlineNode;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.tag.Tagger;

/**
 * Small stand-ins for the real stages, enough for texts of the form {@code 一、heading} / {@code 1.measure（A、B负责）},
 * so that the loader's own work (order, resolving once, validating, storing) is tested apart from theirs.
 */
public final class SimpleStages {
    static final Jurisdiction HUBEI = Jurisdiction.province("湖北省");
    static final Jurisdiction WUHAN = Jurisdiction.city("武汉市", HUBEI);
    static final Map<String, ResolvedAgency> KNOWN = Map.of(
            "市发改委", new ResolvedAgency("wuhan/development-reform", "武汉市发展和改革委员会", WUHAN, List.of("development-reform")),
            "市市场监管局", new ResolvedAgency("wuhan/market-regulation", "武汉市市场监督管理局", WUHAN, List.of("market-regulation")));
    private static final Pattern PART = Pattern.compile("(?m)^([一二三四五六七八九十]+、)(.*)$");
    private static final Pattern MEASURE = Pattern.compile("(?m)^(\\d+\\.)([^。\\n]*)(.*)$");
    private static final Pattern RESPONSIBLE = Pattern.compile("（([^）]+)负责）");

    /** How many times the resolver was asked. */
    public final AtomicInteger resolutions = new AtomicInteger();

    public Stages stages(org.reformgraph.loader.store.OntologySource ontology) {
        return new Stages(SimpleStages::read, SimpleStages::clean, SimpleStages::outline, SimpleStages::attribute,
                (surface, jurisdiction) -> {
                    resolutions.incrementAndGet();
                    return KNOWN.get(surface);
                },
                Stages.Tagging.of(Tagger.standard()), // the real tagger: cheap, and needed for valid graphs
                jurisdiction -> jurisdiction == HUBEI || jurisdiction.name().equals("湖北省") ? "hubei" : "wuhan", ontology);
    }

    static SourceText read(String fileName, byte[] bytes) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new SourceText(fileName, new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, sha, bytes.length);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static CleanText clean(SourceText source) {
        int[] identity = new int[source.text().length() + 1];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new CleanText(source.text(), source.text(), identity);
    }

    static Outline outline(CleanText clean) {
        String text = clean.text();
        List<OutlineNode> parts = new ArrayList<>();
        Matcher part = PART.matcher(text);
        List<int[]> partStarts = new ArrayList<>();
        while (part.find()) {
            partStarts.add(new int[] {part.start(), part.end()});
        }
        for (int p = 0; p < partStarts.size(); p++) {
            int start = partStarts.get(p)[0];
            int end = p + 1 < partStarts.size() ? partStarts.get(p + 1)[0] : text.length();
            Matcher heading = PART.matcher(text).region(start, end);
            heading.find();
            List<OutlineNode> measures = new ArrayList<>();
            Matcher measure = MEASURE.matcher(text).region(start, end);
            while (measure.find()) {
                int ordinal = measures.size() + 1;
                measures.add(new OutlineNode(NodeKind.MEASURE, measure.group(1), ordinal, (p + 1) + "." + ordinal,
                        measure.group(2), new Span(measure.start(), measure.end()), new Span(measure.start(2), measure.end()),
                        List.of(), null));
            }
            parts.add(new OutlineNode(NodeKind.PART, heading.group(1), p + 1, String.valueOf(p + 1), heading.group(2),
                    new Span(start, end), new Span(heading.start(2), heading.end(2)), measures, null));
        }
        return new Outline(parts, List.of());
    }

    static List<AttributedMeasure> attribute(CleanText clean, Outline outline) {
        List<AttributedMeasure> out = new ArrayList<>();
        for (OutlineNode measure : outline.measures()) {
            List<Attribution> attributions = new ArrayList<>();
            Matcher group = RESPONSIBLE.matcher(clean.text()).region(measure.span().start(), measure.span().end());
            while (group.find()) {
                int at = group.start(1);
                int rank = 0;
                for (String name : group.group(1).split("、")) {
                    rank++;
                    attributions.add(new Attribution(name, Role.RESPONSIBLE, rank, Basis.EXPLICIT, new Span(at, at + name.length()),
                            new Span(group.start(), group.end()), false, 0.9));
                    at += name.length() + 1;
                }
            }
            out.add(new AttributedMeasure(measure, attributions, List.of()));
        }
        return out;
    }
}
