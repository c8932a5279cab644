package org.reformgraph.bench.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.reformgraph.loader.catalog.PlanMetadata;

/**
 * Writes a synthetic corpus into a folder: N plan texts, each with its answer key {@code NAME.gold.json} beside it,
 * and a {@code catalog.ttl} listing them. Each plan is generated, written and dropped on its own, so memory stays
 * flat whatever N is.
 *
 * <pre>java -cp … org.reformgraph.bench.synth.CorpusGenerator --plans 1000 --seed 42 --out DIR [--gb18030-share 0.04]</pre>
 */
public final class CorpusGenerator {
    private final PlanGenerator generator;

    public CorpusGenerator(GeneratorConfig config) {
        this.generator = new PlanGenerator(config);
    }

    /** What a run wrote. */
    public record Summary(int plans, long bytes, long millis) {
    }

    public Summary write(int plans, long seed, Path folder) {
        if (plans < 1) {
            throw new IllegalArgumentException("--plans must be at least 1, got " + plans);
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the corpus folder " + folder + ": " + e.getMessage(), e);
        }
        // plans are independent and each is seeded by its index, so they are written in parallel and still come
        // out byte-identical; only their catalog entries (a few hundred bytes each) are kept until the end
        List<Written> written = IntStream.rangeClosed(1, plans).parallel()
                .mapToObj(index -> writePlan(generator.generate(seed, index), folder))
                .toList();
        CatalogWriter catalog = new CatalogWriter("reformgraph synthetic plans (" + plans + ", seed " + seed + ")", seed);
        long bytes = 0;
        for (Written plan : written) {
            catalog.add(plan.metadata(), plan.bytes(), plan.encoding());
            bytes += plan.bytes();
        }
        try {
            catalog.write(folder.resolve("catalog.ttl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve("catalog.ttl") + ": " + e.getMessage(), e);
        }
        return new Summary(plans, bytes, (System.nanoTime() - started) / 1_000_000);
    }

    /** What the catalog needs of a plan once its text is on disk. */
    private record Written(PlanMetadata metadata, long bytes, String encoding) {
    }

    private static Written writePlan(GeneratedPlan plan, Path folder) {
        byte[] text = plan.bytes();
        String file = plan.gold().metadata().sourceFile();
        try {
            Files.write(folder.resolve(file), text);
            Files.writeString(folder.resolve(goldFileName(file)), GoldJson.write(plan.gold()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(file) + ": " + e.getMessage(), e);
        }
        return new Written(plan.gold().metadata(), text.length, plan.charset().name());
    }

    /** {@code synth-42-0001.txt} → {@code synth-42-0001.gold.json} */
    public static String goldFileName(String textFile) {
        return textFile.replaceFirst("\\.txt$", "") + ".gold.json";
    }

    public static void main(String[] args) {
        Integer plans = null;
        Long seed = null;
        Path out = null;
        GeneratorConfig config = GeneratorConfig.defaults();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("-h") || option.equals("--help")) {
                    usage(null);
                    return;
                }
                if (i + 1 >= args.length) {
                    usage("option " + option + " needs a value");
                    return;
                }
                String value = args[++i];
                switch (option) {
                    case "--plans" -> plans = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    case "--gb18030-share" -> config = config.withGb18030Share(Double.parseDouble(value));
                    case "--traditional-share" -> config = config.withTraditionalShare(Double.parseDouble(value));
                    default -> {
                        usage("unknown option " + option);
                        return;
                    }
                }
            }
        } catch (NumberFormatException e) {
            usage("not a number: " + e.getMessage());
            return;
        }
        if (plans == null || seed == null || out == null) {
            usage("--plans, --seed and --out are required");
            return;
        }
        Summary summary = new CorpusGenerator(config).write(plans, seed, out);
        System.out.printf(Locale.ROOT, "wrote %d plans (%.1f MB of text) with their gold files and catalog.ttl into %s in %.1f s%n",
                summary.plans(), summary.bytes() / 1e6, out, summary.millis() / 1000.0);
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("error: " + problem);
        }
        System.err.println("usage: CorpusGenerator --plans N --seed S --out DIR [--gb18030-share 0.04] [--traditional-share 0.06]");
        if (problem != null) {
            System.exit(2);
        }
    }
}
