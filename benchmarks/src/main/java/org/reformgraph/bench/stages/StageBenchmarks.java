package org.reformgraph.bench.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.tdb2.TDB2Factory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.reformgraph.bench.synth.CorpusGenerator;
import org.reformgraph.bench.synth.GeneratorConfig;
import org.reformgraph.loader.attribute.AgencyMention;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attribution;
import org.reformgraph.loader.attribute.Attributor;
import org.reformgraph.loader.catalog.Catalog;
import org.reformgraph.loader.catalog.CatalogEmitter;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.clean.TextCleaner;
import org.reformgraph.loader.emit.EmittedPlan;
import org.reformgraph.loader.emit.LoadRun;
import org.reformgraph.loader.emit.PlanEmitter;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.outline.Outliner;
import org.reformgraph.loader.pipeline.PlanExtraction;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.pipeline.PlanValidator;
import org.reformgraph.loader.pipeline.Stages;
import org.reformgraph.loader.read.PlanReader;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.AgencyResolver;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.tag.CandidateTerms;
import org.reformgraph.loader.tag.MeasureTags;
import org.reformgraph.loader.tag.Tagger;
import org.reformgraph.ontology.RG;

/**
 * Each stage of the loader on one synthetic plan (seed 42, plan {@code index}), its input made once by the stages
 * before it. Run with {@code org.openjdk.jmh.Main StageBenchmarks} (docs/BENCHMARKS.md); not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StageBenchmarks {
    @Param({"1"})
    public int index;

    private final PlanReader reader = new PlanReader();
    private final TextCleaner cleaner = new TextCleaner();
    private final Outliner outliner = new Outliner();
    private final Attributor attributor = new Attributor();
    private final AgencyResolver resolver = new AgencyResolver();
    private final Tagger tagger = Tagger.standard();
    private PlanLoader loader;
    private PlanEmitter emitter;
    private PlanValidator validator;
    private Path folder;
    private PlanMetadata plan;
    private String fileName;
    private byte[] bytes;
    private SourceText source;
    private CleanText clean;
    private Outline outline;
    private List<AttributedMeasure> measures;
    private List<String> surfaces;
    private PlanExtraction extraction;
    private EmittedPlan emitted;
    private Model entry;
    private Dataset dataset;
    private PlanStore store;
    private Shapes everyNodeShapes;
    private Model ontology;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        folder = Files.createTempDirectory("stage-bench");
        new CorpusGenerator(GeneratorConfig.defaults()).write(index, 42, folder);
        Catalog catalog = new CatalogReader(RG.DEFAULT_BASE).read(folder.resolve(CatalogReader.FILE_NAME));
        plan = catalog.plans().get(index - 1);
        Path file = catalog.sourcePath(plan);
        fileName = file.getFileName().toString();
        bytes = Files.readAllBytes(file);
        loader = new PlanLoader(RG.DEFAULT_BASE);
        emitter = new PlanEmitter(loader.iris());
        validator = new PlanValidator(Stages.standardOntology());
        everyNodeShapes = Shapes.parse(Stages.standardOntology().shapes().getGraph());
        ontology = Stages.standardOntology().ontology();
        source = reader.read(fileName, bytes);
        clean = cleaner.clean(source);
        outline = outliner.outline(clean);
        measures = attributor.attribute(clean, outline);
        surfaces = new ArrayList<>();
        for (AttributedMeasure measure : measures) {
            measure.attributions().stream().map(Attribution::surface).forEach(surfaces::add);
            measure.mentions().stream().map(AgencyMention::surface).forEach(surfaces::add);
        }
        extraction = loader.extract(plan, fileName, bytes);
        emitted = emit();
        entry = new CatalogEmitter(loader.iris()).entry(extraction.plan(), extraction.source().byteCount());
        dataset = TDB2Factory.connectDataset(folder.resolve("db").toString());
        store = new PlanStore(dataset, loader.iris(), Stages.standardOntology());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        dataset.close();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            // a temporary folder left behind does no harm
        }
    }

    @Benchmark
    public SourceText read() {
        return reader.read(fileName, bytes);
    }

    @Benchmark
    public CleanText clean() {
        return cleaner.clean(source);
    }

    @Benchmark
    public Outline outline() {
        return outliner.outline(clean);
    }

    @Benchmark
    public List<AttributedMeasure> attribute() {
        return attributor.attribute(clean, outline);
    }

    /** Every surface form of the plan, as the loader resolves them (once each per plan; here all of them). */
    @Benchmark
    public int resolve() {
        int found = 0;
        for (String surface : surfaces) {
            ResolvedAgency agency = resolver.resolve(surface, plan.jurisdiction());
            found += agency == null ? 0 : 1;
        }
        return found;
    }

    @Benchmark
    public CandidateTerms candidates() {
        return tagger.candidates(clean);
    }

    @Benchmark
    public List<MeasureTags> tag() {
        return tagger.tag(clean, outline, tagger.candidates(clean));
    }

    @Benchmark
    public EmittedPlan emit() {
        return emitter.emit(extraction, new LoadRun(Instant.EPOCH, Instant.EPOCH, "bench"));
    }

    @Benchmark
    public List<String> validate() {
        return validator.violations(emitted.model());
    }

    /** The full per-node SHACL validation the quick check replaces for a conforming plan. */
    @Benchmark
    public Object validateEveryNode() {
        return ShaclValidator.get().validate(everyNodeShapes, new Union(emitted.model().getGraph(), ontology.getGraph()));
    }

    /** Replaces the plan's graph and catalog entry in an on-disk TDB2 dataset, one transaction. */
    @Benchmark
    public void store() {
        store.replacePlan(emitted.graphIri(), emitted.model(), emitted.planIri(), entry);
    }
}
