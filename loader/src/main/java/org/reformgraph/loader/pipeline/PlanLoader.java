package org.reformgraph.loader.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.Span;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.attribute.AgencyMention;
import org.reformgraph.loader.attribute.AttributedMeasure;
import org.reformgraph.loader.attribute.Attribution;
import org.reformgraph.loader.catalog.Catalog;
import org.reformgraph.loader.catalog.CatalogEmitter;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.clean.CleanText;
import org.reformgraph.loader.emit.EmittedPlan;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.emit.LoadRun;
import org.reformgraph.loader.emit.PlanEmitter;
import org.reformgraph.loader.outline.Outline;
import org.reformgraph.loader.read.SourceText;
import org.reformgraph.loader.resolve.ResolvedAgency;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.tag.CandidateTerm;
import org.reformgraph.loader.tag.CandidateTerms;
import org.reformgraph.loader.tag.MeasureTags;
import org.reformgraph.loader.tag.ReformTypeTagger;

/**
 * Runs the whole pipeline for a plan and stores the result: read, clean, outline, attribute, resolve, tag, emit,
 * validate, store. Storing a plan replaces that plan's graph and nothing else, in one write transaction (a folder's
 * plans share transactions, several to one, see {@link BatchWriter}); a plan graph that violates the shapes is not
 * stored at all.
 *
 * <p>Reform types quoted in one plan are searched for in every plan (docs/TAGGING.md). A folder load is complete:
 * pass 1 collects the quoted candidate terms of all its plans, pass 2 loads each plan with all of them. A single-file
 * load uses the candidates already in the store plus the file's own; when the file quotes a candidate that plans
 * stored earlier write without recording it (they were tagged before any plan quoted it), those plans do not gain the
 * occurrence by themselves (their graphs are not touched), so the load report warns, naming them and suggesting they
 * be re-loaded.
 */
public final class PlanLoader {
    private final String base;
    private final IriMinter iris;
    private final Stages stages;
    private final PlanEmitter emitter;
    private final CatalogEmitter catalogEmitter;
    // one per thread: plans are validated on the extraction threads, and Jena's SHACL engine is not documented as
    // safe to share; built on first use, as before, so that a loader that only extracts never parses the shapes
    private final ThreadLocal<PlanValidator> validator;

    /** @param base the IRI that resources are minted under, ending in {@code /} or {@code #} */
    public PlanLoader(String base) {
        this(base, Stages.standard());
    }

    public PlanLoader(String base, Stages stages) {
        this.base = IriMinter.checkBase(base);
        this.stages = stages;
        this.iris = new IriMinter(base, stages.slugs());
        this.emitter = new PlanEmitter(iris);
        this.catalogEmitter = new CatalogEmitter(iris);
        this.validator = ThreadLocal.withInitial(() -> new PlanValidator(stages.ontology()));
    }

    public IriMinter iris() {
        return iris;
    }

    public LoadReport load(Dataset dataset, PlanMetadata plan, Path file) {
        return load(dataset, plan, file.getFileName().toString(), readBytes(file));
    }

    /** For text that did not come from a file on disk (an HTTP upload). */
    public LoadReport load(Dataset dataset, PlanMetadata plan, String fileName, byte[] bytes) {
        CandidateTerms stored = StoredCandidates.read(dataset);
        LoadReport report = load(store(dataset), plan, fileName, bytes, stored);
        List<Warning> staleness = plansThatWouldGain(dataset, report, plan, fileName, bytes);
        if (staleness.isEmpty()) {
            return report;
        }
        List<Warning> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(staleness);
        return report.withWarnings(warnings);
    }

    /**
     * The stored plans that write one of this plan's candidates but were tagged without it (loaded before any plan
     * quoted it): they lack these occurrences until they are re-loaded.
     */
    private List<Warning> plansThatWouldGain(Dataset dataset, LoadReport report, PlanMetadata plan, String fileName,
                                             byte[] bytes) {
        CleanText clean = stages.clean().clean(stages.read().read(fileName, bytes));
        List<CandidateTerm> own = stages.tag().candidates(clean).terms().stream()
                .filter(t -> t.key().length() >= ReformTypeTagger.MIN_UNQUOTED_CANDIDATE)
                .toList();
        List<Warning> out = new ArrayList<>();
        StoredCandidates.plansLacking(dataset, own, report.graphIri(), stages.tag()::finds).forEach((label, plans) -> out.add(
                new Warning("tag", 0, "“" + label + "”, quoted in '" + plan.id() + "', is also written in "
                        + String.join(", ", plans) + ", tagged before any plan quoted it: re-load "
                        + (plans.size() == 1 ? "that plan" : "those plans") + " (or load the whole folder) to record "
                        + "its occurrences there")));
        return out;
    }

    /**
     * Loads every plan of a folder that holds a {@code catalog.ttl}, as {@link #loadFolder(Dataset, Path, Consumer,
     * Consumer)}, then throws one {@link LoadException} naming every plan that failed, if any did.
     */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, Consumer<LoadReport> progress) {
        List<LoadException> failures = new ArrayList<>();
        List<LoadReport> reports = loadFolder(dataset, folder, progress, failures::add);
        if (!failures.isEmpty()) {
            throw FolderFailures.combined(folder, failures, reports.size());
        }
        return reports;
    }

    /** Loads every plan of a folder as {@link #loadFolder(Dataset, Path, LoadSettings, LoadProfile, Consumer, Consumer)}
     * with the {@linkplain LoadSettings#defaults() default settings}. */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, Consumer<LoadReport> progress,
                                       Consumer<LoadException> failures) {
        return loadFolder(dataset, folder, LoadSettings.defaults(), new LoadProfile(), progress, failures);
    }

    /**
     * Loads every plan of a folder that holds a {@code catalog.ttl}. The catalog is checked whole (ids, levels, that
     * every file is there) before anything is written, and a bad catalog throws. Then the plans are extracted on
     * {@code settings.threads()} threads and stored in catalog order by this thread, several to a write transaction
     * ({@link BatchWriter}): a plan that fails is handed to {@code failures} and leaves its stored graph and catalog
     * entry as they were, and the other plans are loaded all the same ({@code docs/RELIABILITY.md}). What is stored
     * is the same whatever the number of threads or the batch size. {@code progress} hears of each plan once its
     * transaction has committed; {@code profile} adds up where the time went.
     */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, LoadSettings settings, LoadProfile profile,
                                       Consumer<LoadReport> progress, Consumer<LoadException> failures) {
        Catalog catalog = new CatalogReader(base).read(folder.resolve(CatalogReader.FILE_NAME));
        PlanStore store = store(dataset);
        CandidateTerms[] candidates = {CandidateTerms.empty()};
        List<PlanMetadata> readable = new ArrayList<>();
        Map<String, Long> firstPassNanos = new HashMap<>();
        // pass 1: only each plan's cleaned text is needed, and none is kept
        InOrder.map(catalog.plans(), settings.threads(), plan -> quotedTerms(catalog.sourcePath(plan)), (plan, outcome) -> {
            if (outcome.failure() != null) {
                failures.accept(outcome.failure());
                return;
            }
            candidates[0] = candidates[0].plus(outcome.value().terms());
            firstPassNanos.put(plan.id(), outcome.value().nanos());
            readable.add(plan);
        });
        CandidateTerms crossPlan = candidates[0];
        List<LoadReport> reports = new ArrayList<>();
        Consumer<LoadReport> stored = report -> {
            reports.add(report);
            progress.accept(report);
        };
        try (BatchWriter writer = new BatchWriter(store, settings.batchPlans(), profile,
                plan -> storeAlone(store, plan, catalog.sourcePath(plan), crossPlan, firstPassNanos.get(plan.id())),
                stored, failures)) {
            if (!readable.isEmpty()) {
                writer.begin();
            }
            InOrder.map(readable, settings.threads(),
                    plan -> prepare(plan, catalog.sourcePath(plan), crossPlan, firstPassNanos.get(plan.id())), writer::accept);
            writer.finish();
        }
        return reports;
    }

    /** A plan's quoted candidate terms and how long finding them took (read, clean and look). */
    private record Quoted(CandidateTerms terms, long nanos) {
    }

    private Quoted quotedTerms(Path file) {
        long started = System.nanoTime();
        String fileName = file.getFileName().toString();
        byte[] bytes = readBytes(file);
        CleanText clean = stage(fileName, "clean", () -> stages.clean().clean(stages.read().read(fileName, bytes)));
        CandidateTerms terms = stage(fileName, "tag", () -> stages.tag().candidates(clean));
        return new Quoted(terms, System.nanoTime() - started);
    }

    private PreparedPlan prepare(PlanMetadata plan, Path file, CandidateTerms crossPlan, long firstPassNanos) {
        StageClock clock = new StageClock();
        clock.add("candidates", firstPassNanos);
        return prepare(plan, file.getFileName().toString(), readBytes(file), crossPlan, clock);
    }

    private LoadReport storeAlone(PlanStore store, PlanMetadata plan, Path file, CandidateTerms crossPlan,
                                  long firstPassNanos) {
        return store(store, prepare(plan, file, crossPlan, firstPassNanos));
    }

    /** Runs the stages up to tagging with the plan's own candidate terms only: what is known of the plan alone. */
    public PlanExtraction extract(PlanMetadata plan, String fileName, byte[] bytes) {
        return extract(plan, fileName, bytes, CandidateTerms.empty());
    }

    /**
     * Runs the stages up to tagging: everything that is known of the plan, before it becomes RDF.
     *
     * @param crossPlan candidate reform types quoted in other plans, searched for in this one too (with this plan's
     *                  own, quoted anywhere in it)
     */
    public PlanExtraction extract(PlanMetadata plan, String fileName, byte[] bytes, CandidateTerms crossPlan) {
        return extract(plan, fileName, bytes, crossPlan, new StageClock());
    }

    private PlanExtraction extract(PlanMetadata plan, String fileName, byte[] bytes, CandidateTerms crossPlan,
                                   StageClock clock) {
        if (plan.jurisdiction() == null) {
            throw new LoadException(fileName, 0, "plan '" + plan.id() + "' has no jurisdiction: agencies cannot be resolved without one");
        }
        if (!IriMinter.isPlanId(plan.id())) {
            throw new LoadException(fileName, 0, "bad plan id '" + plan.id() + "': expected lowercase ASCII [a-z0-9-]");
        }
        SourceText source = stage(clock, fileName, "read", () -> stages.read().read(fileName, bytes));
        CleanText clean = stage(clock, fileName, "clean", () -> stages.clean().clean(source));
        Outline outline = stage(clock, fileName, "outline", () -> stages.outline().outline(clean));
        List<AttributedMeasure> measures = stage(clock, fileName, "attribute", () -> stages.attribute().attribute(clean, outline));
        if (measures.isEmpty()) {
            throw new LoadException(fileName, 0, "no numbered measures found, so nothing to load: expected a plan whose "
                    + "measures are numbered, e.g. 一、 （一） 1. （1） or ① at the start of a line");
        }
        List<Warning> warnings = new ArrayList<>(outline.warnings());
        JurisdictionCheck.check(fileName, clean.text(), plan.jurisdiction()).ifPresent(warnings::add);
        Map<String, ResolvedAgency> agencies = stage(clock, fileName, "resolve", () -> resolve(plan, clean, measures, warnings));
        // the plan's own quoted terms count in all its measures, not only in the one that quotes them
        List<MeasureTags> tags = stage(clock, fileName, "tag",
                () -> stages.tag().tag(clean, outline, crossPlan.plus(stages.tag().candidates(clean))));
        PlanMetadata described = plan.sourceFile() != null ? plan : withSourceFile(plan, fileName);
        return new PlanExtraction(described, source, clean, outline, measures, agencies, tags, warnings);
    }

    private LoadReport load(PlanStore store, PlanMetadata plan, String fileName, byte[] bytes, CandidateTerms crossPlan) {
        return store(store, prepare(plan, fileName, bytes, crossPlan, new StageClock()));
    }

    /** Every stage but the store: the plan's graph, validated, and its catalog entry. */
    private PreparedPlan prepare(PlanMetadata plan, String fileName, byte[] bytes, CandidateTerms crossPlan,
                                 StageClock clock) {
        Instant started = Instant.now();
        PlanExtraction extraction = extract(plan, fileName, bytes, crossPlan, clock);
        EmittedPlan emitted = stage(clock, fileName, "emit",
                () -> emitter.emit(extraction, new LoadRun(started, Instant.now(), LoaderVersion.get())));
        List<String> violations = stage(clock, fileName, "validate", () -> validator.get().violations(emitted.model()));
        if (!violations.isEmpty()) {
            throw new LoadException(fileName, 0, "the graph of plan '" + plan.id() + "' violates the shapes (" + violations.size()
                    + "), so it was not stored:\n  " + String.join("\n  ", violations));
        }
        Model entry = stage(clock, fileName, "emit", () -> catalogEmitter.entry(extraction.plan(), extraction.source().byteCount()));
        Map<String, Duration> stageTimes = clock.durations();
        Duration took = stageTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
        LoadReport draft = new LoadReport(plan.id(), emitted.graphIri(), emitted.measures(), emitted.attributions(),
                emitted.agencies(), emitted.mentions(), emitted.model().size(), extraction.warnings(), took,
                emitted.reformTypes(), emitted.targets(), stageTimes);
        return new PreparedPlan(extraction.plan(), emitted, entry, draft);
    }

    /** Stores a prepared plan in its own transaction. */
    private static LoadReport store(PlanStore store, PreparedPlan prepared) {
        long started = System.nanoTime();
        stage(prepared.plan().sourceFile(), "store", () -> {
            store.replacePlan(prepared.emitted().graphIri(), prepared.emitted().model(), prepared.emitted().planIri(),
                    prepared.entry());
            return null;
        });
        return PreparedPlan.stored(prepared.draft(), System.nanoTime() - started);
    }

    /** Resolves each distinct surface form once, in the plan's jurisdiction; the plan's issuer is one of them. */
    private Map<String, ResolvedAgency> resolve(PlanMetadata plan, CleanText clean, List<AttributedMeasure> measures,
                                                List<Warning> warnings) {
        Map<String, Span> firstSeen = new LinkedHashMap<>();
        Set<String> attributed = new HashSet<>();
        for (AttributedMeasure measure : measures) {
            for (Attribution attribution : measure.attributions()) {
                firstSeen.putIfAbsent(attribution.surface(), attribution.surfaceSpan());
                attributed.add(attribution.surface());
            }
            for (AgencyMention mention : measure.mentions()) {
                firstSeen.putIfAbsent(mention.surface(), mention.span());
            }
        }
        Map<String, ResolvedAgency> agencies = new HashMap<>();
        firstSeen.forEach((surface, span) -> {
            ResolvedAgency agency = stages.resolve().resolve(surface, plan.jurisdiction());
            if (agency != null && agency.agencyTypes().isEmpty() && !attributed.contains(surface)) {
                // A plan hands work to whoever it attributes, so an untyped unit there is still an agency; a name
                // merely found in a measure's words (上海股权托管交易中心, …进口商品直销中心) that is no kind of
                // government body is a market operator or a project, not an agency.
                int line = span == null ? 0 : clean.originalLine(span.start());
                warnings.add(new Warning("resolve", line, "'" + surface + "' is named in a measure but is no kind of "
                        + "government body the loader knows; not taken as an agency"));
            } else if (agency != null) {
                agencies.put(surface, agency);
            } else {
                int line = span == null ? 0 : clean.originalLine(span.start());
                warnings.add(new Warning("resolve", line, "'" + surface + "' names no agency the loader knows; left out"));
            }
        });
        firstSeen.forEach((surface, span) -> {
            ResolvedAgency agency = agencies.get(surface);
            if (agency != null && agency.agencyTypes().isEmpty()) {
                // Kept, never dropped: the name is in the graph, of type unknown, for a reader to check.
                warnings.add(new Warning("resolve", span == null ? 0 : clean.originalLine(span.start()), "'" + surface
                        + "' is kept as " + agency.prefLabel() + ", of no agency type the loader knows"));
            }
        });
        if (plan.issuer() != null && !agencies.containsKey(plan.issuer())) {
            ResolvedAgency issuer = stages.resolve().resolve(plan.issuer(), plan.jurisdiction());
            if (issuer != null) {
                agencies.put(plan.issuer(), issuer);
            }
        }
        return agencies;
    }

    /** Runs one stage as {@link #stage(String, String, Supplier)}, adding the time it took to the plan's clock. */
    private static <T> T stage(StageClock clock, String fileName, String stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return stage(fileName, stage, work);
        } finally {
            clock.add(stage, System.nanoTime() - started);
        }
    }

    /** Runs one stage, turning an unexpected failure into an error that names the file and the stage. */
    private static <T> T stage(String fileName, String stage, Supplier<T> work) {
        try {
            return work.get();
        } catch (LoadException | UnsupportedOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LoadException(fileName, 0, stage + " failed: " + (e.getMessage() != null ? e.getMessage() : e.toString()), e);
        }
    }

    private PlanStore store(Dataset dataset) {
        return new PlanStore(dataset, iris, stages.ontology());
    }


    private static PlanMetadata withSourceFile(PlanMetadata plan, String fileName) {
        return new PlanMetadata(plan.id(), plan.title(), plan.documentNumber(), plan.issuer(), plan.issued(), plan.year(),
                plan.yearNote(), plan.draft(), plan.jurisdiction(), fileName, plan.sourceUrl());
    }

    private static byte[] readBytes(Path file) {
        try {
            PlanSizeLimit.check(file, Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LoadException(file.toString(), 0, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
