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
 * validate, store. Each plan is stored in one write transaction that replaces that plan's graph and nothing else; a
 * plan graph that violates the shapes is not stored at all.
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
    private PlanValidator validator;

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
        return new LoadReport(report.planId(), report.graphIri(), report.measures(), report.attributions(),
                report.agencies(), report.mentions(), report.triples(), warnings, report.took(), report.reformTypes(),
                report.targets());
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

    /**
     * Loads every plan of a folder that holds a {@code catalog.ttl}. The catalog is checked whole (ids, levels, that
     * every file is there) before anything is written, and a bad catalog throws. Then each plan is loaded in its own
     * write transaction: a plan that fails is handed to {@code failures} and leaves its stored graph and catalog entry
     * as they were, and the other plans are loaded all the same ({@code docs/RELIABILITY.md}). {@code progress} hears of
     * each plan as it is stored.
     */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, Consumer<LoadReport> progress,
                                       Consumer<LoadException> failures) {
        Catalog catalog = new CatalogReader(base).read(folder.resolve(CatalogReader.FILE_NAME));
        PlanStore store = store(dataset);
        CandidateTerms candidates = CandidateTerms.empty();
        List<PlanMetadata> readable = new ArrayList<>();
        // pass 1: only each plan's cleaned text is needed, and none is kept
        for (PlanMetadata plan : catalog.plans()) {
            Path file = catalog.sourcePath(plan);
            String fileName = file.getFileName().toString();
            try {
                byte[] bytes = readBytes(file);
                CleanText clean = stage(fileName, "clean", () -> stages.clean().clean(stages.read().read(fileName, bytes)));
                candidates = candidates.plus(stage(fileName, "tag", () -> stages.tag().candidates(clean)));
                readable.add(plan);
            } catch (LoadException e) {
                failures.accept(e);
            }
        }
        List<LoadReport> reports = new ArrayList<>();
        for (PlanMetadata plan : readable) {
            Path file = catalog.sourcePath(plan);
            try {
                LoadReport report = load(store, plan, file.getFileName().toString(), readBytes(file), candidates);
                reports.add(report);
                progress.accept(report);
            } catch (LoadException e) {
                failures.accept(e);
            }
        }
        return reports;
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
        if (plan.jurisdiction() == null) {
            throw new LoadException(fileName, 0, "plan '" + plan.id() + "' has no jurisdiction: agencies cannot be resolved without one");
        }
        if (!IriMinter.isPlanId(plan.id())) {
            throw new LoadException(fileName, 0, "bad plan id '" + plan.id() + "': expected lowercase ASCII [a-z0-9-]");
        }
        SourceText source = stage(fileName, "read", () -> stages.read().read(fileName, bytes));
        CleanText clean = stage(fileName, "clean", () -> stages.clean().clean(source));
        Outline outline = stage(fileName, "outline", () -> stages.outline().outline(clean));
        List<AttributedMeasure> measures = stage(fileName, "attribute", () -> stages.attribute().attribute(clean, outline));
        if (measures.isEmpty()) {
            throw new LoadException(fileName, 0, "no numbered measures found, so nothing to load: expected a plan whose "
                    + "measures are numbered, e.g. 一、 （一） 1. （1） or ① at the start of a line");
        }
        List<Warning> warnings = new ArrayList<>(outline.warnings());
        JurisdictionCheck.check(fileName, clean.text(), plan.jurisdiction()).ifPresent(warnings::add);
        Map<String, ResolvedAgency> agencies = stage(fileName, "resolve", () -> resolve(plan, clean, measures, warnings));
        // the plan's own quoted terms count in all its measures, not only in the one that quotes them
        List<MeasureTags> tags = stage(fileName, "tag",
                () -> stages.tag().tag(clean, outline, crossPlan.plus(stages.tag().candidates(clean))));
        PlanMetadata described = plan.sourceFile() != null ? plan : withSourceFile(plan, fileName);
        return new PlanExtraction(described, source, clean, outline, measures, agencies, tags, warnings);
    }

    private LoadReport load(PlanStore store, PlanMetadata plan, String fileName, byte[] bytes, CandidateTerms crossPlan) {
        long startedNanos = System.nanoTime();
        Instant started = Instant.now();
        PlanExtraction extraction = extract(plan, fileName, bytes, crossPlan);
        EmittedPlan emitted = stage(fileName, "emit",
                () -> emitter.emit(extraction, new LoadRun(started, Instant.now(), LoaderVersion.get())));
        List<String> violations = validator().violations(emitted.model());
        if (!violations.isEmpty()) {
            throw new LoadException(fileName, 0, "the graph of plan '" + plan.id() + "' violates the shapes (" + violations.size()
                    + "), so it was not stored:\n  " + String.join("\n  ", violations));
        }
        Model entry = catalogEmitter.entry(extraction.plan(), extraction.source().byteCount());
        stage(fileName, "store", () -> {
            store.replacePlan(emitted.graphIri(), emitted.model(), emitted.planIri(), entry);
            return null;
        });
        return new LoadReport(plan.id(), emitted.graphIri(), emitted.measures(), emitted.attributions(), emitted.agencies(),
                emitted.mentions(), emitted.model().size(), extraction.warnings(),
                Duration.ofNanos(System.nanoTime() - startedNanos), emitted.reformTypes(), emitted.targets());
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

    private synchronized PlanValidator validator() {
        if (validator == null) {
            validator = new PlanValidator(stages.ontology());
        }
        return validator;
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
