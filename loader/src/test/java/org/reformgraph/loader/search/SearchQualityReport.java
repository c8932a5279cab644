package org.reformgraph.loader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.reformgraph.loader.read.Seeds;

/** The search-quality figures as the {@code ## Search quality} section of docs/BENCHMARKS.md. */
final class SearchQualityReport {
    static final String START = "<!-- bench:search-quality:start -->";
    static final String END = "<!-- bench:search-quality:end -->";

    private SearchQualityReport() {
    }

    static String markdown(List<QualityFigures> figures, JudgedQueries judged) {
        StringBuilder md = new StringBuilder();
        md.append(START).append('\n').append("## Search quality\n\n");
        int judgements = judged.relevant().values().stream().mapToInt(java.util.Set::size).sum();
        md.append(String.format("%s, `SearchQualityTest` (loader): %d judged queries, %d judgements of the measures a reader "
                        + "expects (`loader/src/test/resources/org/reformgraph/loader/search/judged-queries.tsv`, one reason "
                        + "per line), on an index of the five seed plans. Each query is read as the REST search and "
                        + "`text:query` read it, in one of two modes: *phrase* (every space-separated chunk must occur as a "
                        + "phrase) or *phrase or words* (the phrase, or else all its words anywhere in the literal, ranked "
                        + "below the phrase). Only measures count; up to %d hits; precision is all relevant found over all "
                        + "found; MRR is the mean reciprocal rank of the first relevant measure. "
                        + "Analyzers: HanLP %s with the loader's agency dictionary; Lucene %s SmartChinese and CJK (the "
                        + "Lucene of jena-text); all fold traditional to simplified characters first. Index build times are "
                        + "noisy on a shared machine. Machine: %d cores, load average %.2f at the start; JVM %s %s.%n%n",
                LocalDate.now(ZoneOffset.UTC), judged.relevant().size(), judgements, SearchRequest.MAX_LIMIT,
                hanlpVersion(), org.apache.lucene.util.Version.LATEST,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())));
        md.append("| analyzer, query mode | mean recall | precision (micro) | MRR | queries with no relevant hit | index build, seeds |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (QualityFigures f : figures) {
            md.append(String.format("| %s%s | %.3f | %.3f | %.3f | %d of %d | %d ms |%n", f.name(),
                    f.isDefault() ? " (default)" : "", f.recall(), f.precision(), f.mrr(), f.misses(),
                    f.queries().size(), f.indexMillis()));
        }
        md.append("\nThe default (used by `/api/search`, `text:query` and `search-measures`) is the row with the highest mean "
                + "recall: scattered words find measures that say the same thing in another order or with words between "
                + "(开办企业 for 企业开办), at some cost in precision, while exact phrases still rank first. HanLP's "
                + "phrases also match across punctuation (双随机、一公开 for 双随机一公开), which bigrams cannot. "
                + "`SearchQualityTest` fails if the default's recall falls more than " + SearchQualityTest.MARGIN
                + " below " + SearchQualityTest.MEASURED_RECALL + " or another analyzer overtakes it. Misses common to "
                + "all: a reform named without its slogan (轻微违法行为不予处罚 for 首违不罚), or a broader topic "
                + "(破产 measures for 办理破产).\n");
        md.append("\nPer query: relevant measures found / judged relevant, and hits returned.\n\n| query |");
        figures.forEach(f -> md.append(' ').append(f.name()).append(" |"));
        md.append("\n|---|");
        figures.forEach(f -> md.append("---|"));
        md.append('\n');
        QualityFigures first = figures.get(0);
        for (int i = 0; i < first.queries().size(); i++) {
            md.append("| ").append(first.queries().get(i).query()).append(" |");
            for (QualityFigures f : figures) {
                QualityFigures.PerQuery q = f.queries().get(i);
                md.append(String.format(" %d/%d of %d |", q.relevantFound(), q.relevant(), q.found()));
            }
            md.append('\n');
        }
        md.append(END).append('\n');
        return md.toString();
    }

    /** HanLP's version, from its jar's Maven properties. */
    private static String hanlpVersion() {
        try (java.io.InputStream in = com.hankcs.hanlp.HanLP.class.getResourceAsStream(
                "/META-INF/maven/com.hankcs/hanlp/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }

    /** Replaces the section between its markers in docs/BENCHMARKS.md, or appends it. */
    static void write(String section) {
        Path file = Seeds.folder().getParent().resolve("docs/BENCHMARKS.md");
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            String updated = start >= 0 && end > start
                    ? text.substring(0, start) + section + text.substring(end + END.length() + 1)
                    : text + (text.endsWith("\n\n") ? "" : "\n") + section;
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
