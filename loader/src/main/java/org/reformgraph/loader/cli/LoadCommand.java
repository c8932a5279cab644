package org.reformgraph.loader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.reformgraph.loader.Level;
import org.reformgraph.loader.LoadException;
import org.reformgraph.loader.Warning;
import org.reformgraph.loader.catalog.Catalog;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.catalog.PlanMetadata;
import org.reformgraph.loader.catalog.PlanMetadataBuilder;
import org.reformgraph.loader.pipeline.JvmFlags;
import org.reformgraph.loader.pipeline.LoadProfile;
import org.reformgraph.loader.pipeline.LoadReport;
import org.reformgraph.loader.pipeline.LoadSettings;
import org.reformgraph.loader.pipeline.PlanLoader;
import org.reformgraph.loader.emit.IriMinter;
import org.reformgraph.loader.search.SearchIndex;
import org.reformgraph.loader.store.PlanStore;
import org.reformgraph.loader.store.RemoteGraphStore;
import org.reformgraph.loader.store.RemoteLoad;
import org.reformgraph.loader.store.StoreCompaction;
import org.reformgraph.ontology.RG;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reformgraph load}: plans into the dataset, from folders with a catalog or single files. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = LoaderCli.Version.class,
        description = {"Loads plans into the dataset: every plan of a folder that holds a catalog.ttl, or single text files.",
                "A file described by the catalog.ttl next to it takes its metadata from there; any other file needs --jurisdiction."})
final class LoadCommand implements Callable<Integer>, DatabaseCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Option(names = "--verbose", description = "print the stack trace of an error")
    boolean verbose;

    @Option(names = "--base", paramLabel = "IRI", description = "the base IRI resources are minted under (default: ${DEFAULT-VALUE})")
    String base = RG.DEFAULT_BASE;

    @Option(names = "--jurisdiction", paramLabel = "NAME",
            description = "where a file with no catalog entry applies, e.g. 武汉市, or a chain such as 济南市钢城区")
    String jurisdiction;

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "the jurisdiction's level: province, city, district, township (default: from its name)")
    Level level;

    @Option(names = "--within", paramLabel = "NAME", description = "the enclosing jurisdiction, e.g. 湖北省 or 湖北省武汉市")
    String within;

    @Option(names = "--year", paramLabel = "YEAR", description = "the year the plan was issued")
    Integer year;

    @Option(names = "--title", paramLabel = "TITLE", description = "the plan's title")
    String title;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads that extract plans (default: the number of processors, ${DEFAULT-VALUE})")
    int threads = LoadSettings.defaults().threads();

    @Option(names = "--batch", paramLabel = "N",
            description = "plans of a folder stored per write transaction (default: ${DEFAULT-VALUE})")
    int batch = LoadSettings.DEFAULT_BATCH;

    @Option(names = "--profile", description = "print where the time went: each stage's time summed over the plans, "
            + "write transactions, peak heap")
    boolean profile;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "folders with a catalog.ttl, or plan text files")
    List<Path> paths;

    @ParentCommand
    LoaderCli root;

    @Spec
    CommandSpec spec;

    @Override
    public DatabaseOptions options() {
        return DatabaseOptions.of(destination.db, verbose);
    }

    /** Where the plans go: a TDB2 folder, or a remote store. */
    static final class Destination {
        @Option(names = "--db", required = true, paramLabel = "DIR", description = "the TDB2 dataset folder (created if missing)")
        Path db;

        @ArgGroup(exclusive = false)
        RemoteDestination remote;
    }

    /** A remote SPARQL store written through the Graph Store Protocol. */
    static final class RemoteDestination {
        @Option(names = "--store", required = true, paramLabel = "URL",
                description = "a remote store instead of --db: its SPARQL query endpoint or, for Fuseki, the dataset URL")
        String store;

        @Option(names = "--gsp", paramLabel = "URL",
                description = "the store's Graph Store Protocol endpoint (default: the --store URL)")
        String gsp;

        String gspUrl() {
            return gsp != null ? gsp : store;
        }
    }

    @Override
    public Integer call() {
        long startedNanos = System.nanoTime();
        // building the stages (the ontology, the schemes) and loading HanLP's models take about a second that checking
        // the paths, reading the catalogs and opening the store do not need: they happen meanwhile, on this thread
        StagesInBackground stages = StagesInBackground.start(root.environment().stages(), root.environment().warmUp());
        LoadSettings settings = settings();
        LoadProfile timings = new LoadProfile();
        List<Job> jobs = plan();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int total = jobs.stream().mapToInt(Job::plans).sum();
        ProgressBar progress = new ProgressBar(err, total, System.console() != null);
        List<LoadReport> reports = new ArrayList<>();
        List<LoadException> failures = new ArrayList<>();
        Consumer<LoadException> failed = failure -> failed(failure, failures, err, progress);
        String where;
        if (destination.remote != null) {
            try (RemoteGraphStore store = new RemoteGraphStore(destination.remote.gspUrl())) {
                PlanLoader loader = new PlanLoader(base, stages.get());
                RemoteLoad remote = new RemoteLoad(store, loader.iris());
                load(loader, jobs, remote.staging(), settings, timings, report -> {
                    remote.publish(report.graphIri());
                    done(report, reports, out, progress);
                }, failed);
                where = store.url();
            }
        } else {
            Dataset dataset = PlanStore.open(destination.db);
            try {
                PlanLoader loader = new PlanLoader(base, stages.get());
                load(loader, jobs, dataset, settings, timings, report -> done(report, reports, out, progress), failed);
                if (!reports.isEmpty()) {
                    compactIfDue(dataset, timings.transactions(), out);
                }
                // only the graphs this load wrote (its plans', the catalog, the ontology it may refresh), not the corpus
                List<String> written = new ArrayList<>(reports.stream().map(LoadReport::graphIri).toList());
                written.addAll(List.of(loader.iris().catalogGraph(), IriMinter.ONTOLOGY_GRAPH));
                out.println(SearchIndex.update(destination.db, dataset.asDatasetGraph(), written));
            } finally {
                dataset.close();
            }
            where = destination.db.toString();
        }
        summarize(reports, out, where);
        if (profile) {
            timings.lines(Duration.ofNanos(System.nanoTime() - startedNanos), settings.threads()).forEach(out::println);
            out.println(JvmFlags.profileLine(JvmFlags.ofThisJvm()));
            out.flush();
        }
        if (!failures.isEmpty()) {
            err.println("error: " + failures.size() + (failures.size() == 1 ? " plan" : " plans") + " not loaded; "
                    + (reports.isEmpty() ? "the dataset is unchanged" : "the plans above were loaded, each whole"));
            err.flush();
            return LoaderCli.FAILED;
        }
        return 0;
    }

    /** A plan that fails is reported and the others are loaded all the same. */
    private static void load(PlanLoader loader, List<Job> jobs, Dataset dataset, LoadSettings settings,
                             LoadProfile timings, Consumer<LoadReport> stored, Consumer<LoadException> failed) {
        for (Job job : jobs) {
            try {
                if (job.folder() != null) {
                    loader.loadFolder(dataset, job.folder(), settings, timings, stored, failed);
                } else {
                    LoadReport report = loader.load(dataset, job.plan(), job.file());
                    timings.transactionCommitted();
                    timings.add(report);
                    stored.accept(report);
                }
            } catch (LoadException e) {
                failed.accept(e);
            }
        }
    }

    private LoadSettings settings() {
        try {
            return new LoadSettings(threads, batch);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void summarize(List<LoadReport> reports, PrintWriter out, String where) {
        long triples = reports.stream().mapToLong(LoadReport::triples).sum();
        out.println("loaded " + reports.size() + (reports.size() == 1 ? " plan" : " plans") + ", " + triples + " triples, into "
                + where);
    }

    /**
     * TDB2 grows with every write transaction until compacted (StoreCompaction): so every so many, compact. A folder's
     * plans share transactions, so a first load of a thousand plans is a few transactions, not a thousand.
     */
    private void compactIfDue(Dataset dataset, int writes, PrintWriter out) {
        StoreCompaction.Result compacted = new StoreCompaction(destination.db)
                .afterWrites(dataset, writes, StoreCompaction.DEFAULT_WRITES);
        if (compacted != null) {
            out.println("compacted the dataset: " + megabytes(compacted.before()) + " → " + megabytes(compacted.after()));
        }
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    private static void failed(LoadException failure, List<LoadException> failures, PrintWriter err, ProgressBar progress) {
        failures.add(failure);
        progress.clear();
        err.println("error: " + failure.getMessage());
        err.flush();
    }

    /** Works out what each path means before anything is written, so that a wrong path fails early. */
    private List<Job> plan() {
        List<Job> jobs = new ArrayList<>();
        CatalogReader catalogs = new CatalogReader(base);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path catalogFile = path.resolve(CatalogReader.FILE_NAME);
                if (!Files.isRegularFile(catalogFile)) {
                    throw new LoadException(path.toString(), 0, "a folder to load needs a " + CatalogReader.FILE_NAME
                            + " describing its plans; give the text files instead to describe them with --jurisdiction");
                }
                jobs.add(new Job(path, null, null, catalogs.read(catalogFile).plans().size()));
            } else if (Files.isRegularFile(path)) {
                jobs.add(new Job(null, path, metadata(catalogs, path), 1));
            } else {
                throw new LoadException(path.toString(), 0, "no such file or folder");
            }
        }
        return jobs;
    }

    private PlanMetadata metadata(CatalogReader catalogs, Path file) {
        String fileName = file.getFileName().toString();
        Path catalogFile = file.toAbsolutePath().getParent().resolve(CatalogReader.FILE_NAME);
        if (Files.isRegularFile(catalogFile)) {
            Catalog catalog = catalogs.read(catalogFile);
            Optional<PlanMetadata> entry = catalog.forFile(fileName);
            if (entry.isPresent()) {
                return entry.get();
            }
        }
        try {
            return PlanMetadataBuilder.forFile(fileName).jurisdiction(jurisdiction).level(level).within(within).year(year)
                    .title(title).build();
        } catch (IllegalArgumentException e) {
            throw new LoadException(file.toString(), 0, e.getMessage(), e);
        }
    }

    private static void done(LoadReport report, List<LoadReport> reports, PrintWriter out, ProgressBar progress) {
        reports.add(report);
        progress.clear();
        out.println(summary(report));
        for (Warning warning : report.warnings()) {
            out.println("  warning: " + warning);
        }
        out.flush();
        progress.step(report.planId());
    }

    static String summary(LoadReport report) {
        return String.format("%s: %d measures, %d attributions, %d agencies, %d mentions, %d warnings, %d reform types, "
                        + "%d targets, %d triples (%.1f s)",
                report.planId(), report.measures(), report.attributions(), report.agencies(), report.mentions(),
                report.warnings().size(), report.reformTypes(), report.targets(), report.triples(),
                report.took().toMillis() / 1000.0);
    }

    /** One thing to load: a catalogued folder, or a file with its metadata. */
    private record Job(Path folder, Path file, PlanMetadata plan, int plans) {
    }

    /** Reads a level with the same message the rest of the loader gives. */
    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.parse(value);
        }
    }
}
