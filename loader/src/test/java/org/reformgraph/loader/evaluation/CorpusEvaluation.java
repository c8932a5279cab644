package org.reformgraph.loader.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.ontology.RG;

/**
 * Loads every corpus plan with the real pipeline, each into its own in-memory dataset with only the jurisdiction
 * and level known (as {@code load --jurisdiction --level} would), reads the graph back and scores it against the
 * gold. {@link #main} prints the figures as Markdown for docs/EXTRACTION.md.
 */
public final class CorpusEvaluation {
    private static final String GOLD_SUFFIX = ".gold.json";

    /** Loads one plan file into a dataset: the real pipeline, or stand-in stages when testing the evaluation. */
    @FunctionalInterface
    public interface Loading {
        LoadReport load(Dataset dataset, PlanMetadata plan, Path file);
    }

    private final Path folder;
    private final Loading loading;
    private final GoldReader goldReader = new GoldReader();
    private final PlanScorer scorer = new PlanScorer();

    /** Evaluates the real pipeline. */
    public CorpusEvaluation(Path folder) {
        this(folder, (dataset, plan, file) -> new PlanLoader(RG.DEFAULT_BASE).load(dataset, plan, file));
    }

    public CorpusEvaluation(Path folder, Loading loading) {
        this.folder = folder;
        this.loading = loading;
    }

    /**
     * Writes the Markdown report to the file named by the first argument, or to stdout. The corpus folder is taken
     * from {@code -Dreformgraph.corpus}, the test classpath, or the source tree.
     */
    public static void main(String[] args) throws IOException {
        List<PlanScore> scores = new CorpusEvaluation(corpusFolder()).run();
        String markdown = new MarkdownReport().render(scores);
        if (args.length > 0) {
            Files.writeString(Paths.get(args[0]), markdown);
        } else {
            System.out.print(markdown);
        }
    }

    /** The corpus folder: configured, on the test classpath, or found by walking up from the working directory. */
    public static Path corpusFolder() {
        String configured = System.getProperty("reformgraph.corpus");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        URL resource = CorpusEvaluation.class.getResource("/corpus");
        if (resource != null && "file".equals(resource.getProtocol())) {
            try {
                return Paths.get(resource.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad corpus location " + resource, e);
            }
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("loader/src/test/resources/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus folder not found: set -Dreformgraph.corpus");
    }

    /** Every gold file of the folder, by file name. */
    public List<GoldPlan> gold() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted()
                    .map(goldReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public List<PlanScore> run() {
        List<PlanScore> scores = new ArrayList<>();
        for (GoldPlan plan : gold()) {
            scores.add(scorer.score(plan, extract(plan)));
        }
        return scores;
    }

    /** Loads one plan into a fresh dataset and reads back what reached the graph; a failure is recorded, not thrown. */
    public Extraction extract(GoldPlan plan) {
        Path text = folder.resolve(plan.file());
        Dataset dataset = DatasetFactory.createTxnMem();
        PlanMetadata metadata = new PlanMetadata(plan.planId(), null, null, null, null, plan.year(), null, false,
                plan.toJurisdiction(), plan.file(), null);
        LoadReport report;
        try {
            report = loading.load(dataset, metadata, text);
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.failed(e);
        }
        String planIri = RG.DEFAULT_BASE + "plan/" + plan.planId();
        return new Extraction(new GraphExtraction(dataset).measures(planIri, original(text, plan)), report.warnings(), null);
    }

    /** The text as the loader's offsets count it: decoded with the file's encoding, byte-order mark removed. */
    static String original(Path file, GoldPlan plan) {
        try {
            String text = new String(Files.readAllBytes(file), plan.encoding());
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Sums plan tallies per form tag (a plan counts under each of its forms), in the order of {@link Forms}. */
    public static Map<String, Tally> byForm(List<PlanScore> scores) {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (String form : Forms.all().keySet()) {
            Tally sum = Tally.ZERO;
            for (PlanScore score : scores) {
                if (score.forms().contains(form)) {
                    sum = sum.plus(score.tally());
                }
            }
            if (sum.plans() > 0) {
                out.put(form, sum);
            }
        }
        return out;
    }

    public static Tally total(List<PlanScore> scores) {
        return scores.stream().map(PlanScore::tally).reduce(Tally.ZERO, Tally::plus);
    }
}
