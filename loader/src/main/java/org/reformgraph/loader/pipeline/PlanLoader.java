package org.reformgraph.loader.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Runs the whole pipeline for a plan and stores the result: read, clean, outline, attribute, resolve, emit, validate,
 * store. Each plan is stored in one write transaction that replaces that plan's graph and nothing else; a plan graph
 * that violates the shapes is not stored at all.
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
        return load(store(dataset), plan, file.getFileName().toString(), readBytes(file));
    }

    /** For text that did not come from a file on disk (an HTTP upload). */
    public LoadReport load(Dataset dataset, PlanMetadata plan, String fileName, byte[] bytes) {
        return load(store(dataset), plan, fileName, bytes);
    }

    /**
     * Loads every plan of a folder that holds a {@code catalog.ttl}: the catalog graph first, then each plan.
     * {@code progress} hears of each plan as it is done. The catalog is checked whole (ids, levels, that every file is
     * there) before anything is written; a plan that then fails stops the load, leaving the plans before it stored.
     */
    public List<LoadReport> loadFolder(Dataset dataset, Path folder, Consumer<LoadReport> progress) {
        Catalog catalog = new CatalogReader(base).read(folder.resolve(CatalogReader.FILE_NAME));
        PlanStore store = store(dataset);
        Map<String, Model> entries = new LinkedHashMap<>();
        for (PlanMetadata plan : catalog.plans()) {
            entries.put(iris.plan(plan.id()), catalogEmitter.entry(plan, fileSize(catalog.sourcePath(plan))));
        }
        store.replaceCatalogEntries(entries);
        List<LoadReport> reports = new ArrayList<>();
        for (PlanMetadata plan : catalog.plans()) {
            Path file = catalog.sourcePath(plan);
            LoadReport report = load(store, plan, file.getFileName().toString(), readBytes(file));
            reports.add(report);
            progress.accept(report);
        }
        return reports;
    }

    /** Runs the stages up to resolution: everything that is known of the plan, before it becomes RDF. */
    public PlanExtraction extract(PlanMetadata plan, String fileName, byte[] bytes) {
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
        List<Warning> warnings = new ArrayList<>(outline.warnings());
        Map<String, ResolvedAgency> agencies = stage(fileName, "resolve", () -> resolve(plan, clean, measures, warnings));
        PlanMetadata described = plan.sourceFile() != null ? plan : withSourceFile(plan, fileName);
        return new PlanExtraction(described, source, clean, outline, measures, agencies, warnings);
    }

    private LoadReport load(PlanStore store, PlanMetadata plan, String fileName, byte[] bytes) {
        long startedNanos = System.nanoTime();
        Instant started = Instant.now();
        PlanExtraction extraction = extract(plan, fileName, bytes);
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
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** Resolves each distinct surface form once, in the plan's jurisdiction; the plan's issuer is one of them. */
    private Map<String, ResolvedAgency> resolve(PlanMetadata plan, CleanText clean, List<AttributedMeasure> measures,
                                                List<Warning> warnings) {
        Map<String, Span> firstSeen = new LinkedHashMap<>();
        for (AttributedMeasure measure : measures) {
            for (Attribution attribution : measure.attributions()) {
                firstSeen.putIfAbsent(attribution.surface(), attribution.surfaceSpan());
            }
            for (AgencyMention mention : measure.mentions()) {
                firstSeen.putIfAbsent(mention.surface(), mention.span());
            }
        }
        Map<String, ResolvedAgency> agencies = new HashMap<>();
        firstSeen.forEach((surface, span) -> {
            ResolvedAgency agency = stages.resolve().resolve(surface, plan.jurisdiction());
            if (agency != null) {
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
