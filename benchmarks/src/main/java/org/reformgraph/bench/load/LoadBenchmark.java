package org.reformgraph.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reformgraph.bench.synth.CorpusGenerator;
import org.reformgraph.bench.synth.GeneratorConfig;
import org.reformgraph.loader.catalog.CatalogReader;
import org.reformgraph.loader.pipeline.JvmFlags;

/**
 * The whole-run load benchmark (issue 9): for each scale, generate a synthetic corpus (seed 42), load it with
 * {@code reformgraph load --profile} in a fresh JVM with the heap limit, export the dataset as N-Quads, load those
 * with Jena's {@code tdb2.tdbloader} in a fresh JVM with the same limit, and write the figures into the
 * {@code load} section of docs/BENCHMARKS.md.
 *
 * <pre>java -cp … org.reformgraph.bench.load.LoadBenchmark --plans 10,100,1000 [--rounds N] [--work DIR] [--xmx 1g]
 *     [--threads N] [--docs docs/BENCHMARKS.md] [--launcher reformgraph|none]</pre>
 *
 * <p>With {@code --rounds N} each scale is run N times (our load, then the peer, then the peer under our options), and
 * the round with the median ratio is reported, with every round's ratio beside it.
 *
 * <p>Our side runs through the launcher script found as {@code reformgraph} in the working directory (what users run),
 * unless {@code --launcher none} asks for the loader's main class on this class path.
 */
public final class LoadBenchmark {
    static final Pattern PEAK_HEAP = Pattern.compile("peak heap (\\d+) MB");
    private static final String JVM_LINE = JvmFlags.PROFILE_LINE_PREFIX;
    private static final String LOADER = "org.reformgraph.loader.cli.LoaderCli";
    private static final String PEER = "tdb2.tdbloader";
    private static final long SEED = 42;

    private final Path work;
    private final ChildJvm jvm;
    private final Integer threads;
    // the script users run, or null for the loader's main class on this class path
    private final Path launcher;

    LoadBenchmark(Path work, String heap, Integer threads, Path launcher) {
        this.work = work;
        this.jvm = new ChildJvm(heap);
        this.threads = threads;
        this.launcher = launcher;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> scales = List.of(10, 100, 1000);
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "reformgraph-loadbench");
        Path docs = Path.of("docs", "BENCHMARKS.md");
        String heap = "1g";
        Integer threads = null;
        int rounds = 1;
        Path launcher = Files.isExecutable(Path.of("reformgraph")) ? Path.of("reformgraph").toAbsolutePath() : null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--plans" -> scales = Arrays.stream(required(args[i], value).split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(required(args[i], value));
                case "--rounds" -> rounds = positive(args[i], required(args[i], value));
                case "--docs" -> docs = Path.of(required(args[i], value));
                case "--xmx" -> heap = required(args[i], value);
                case "--threads" -> threads = Integer.parseInt(required(args[i], value));
                case "--launcher" -> launcher = "none".equals(required(args[i], value)) ? null
                        : Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + ": expected --plans 10,100,1000, --rounds N, --work DIR, --docs FILE, --xmx 1g, --threads N, --launcher FILE|none");
            }
            i++;
        }
        String loadAverage = loadAverage();
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new IllegalArgumentException("--launcher " + launcher + ": no executable file there");
        }
        LoadBenchmark benchmark = new LoadBenchmark(work, heap, threads, launcher);
        benchmark.buildLauncher();
        List<ScaleRounds> results = new ArrayList<>();
        for (int plans : scales) {
            List<ScaleResult> done = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                ScaleResult result = benchmark.run(plans,
                        done.isEmpty() ? OptionalLong.empty() : OptionalLong.of(done.get(0).quads()));
                done.add(result);
                System.out.printf("%d plans, round %d of %d: load %.1f s, tdbloader %.1f s, ratio %.2f (%s with our JVM options), peak heap %d MB%n",
                        plans, round, rounds, ScaleResult.seconds(result.ours()), ScaleResult.seconds(result.peer()),
                        result.ratio(),
                        result.peerOurOptions() == null ? "no run" : String.format("%.2f", result.ratioOurOptions()),
                        result.peakHeapMb());
            }
            results.add(new ScaleRounds(done));
        }
        String section = LoadReportWriter.section(results, benchmark.jvm.flags(), threads, benchmark.ourCommand(),
                loadAverage, loadAverage(),
                LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                peerVersion());
        BenchmarksDoc.write(docs, "load", section);
        System.out.println("wrote the load section of " + docs);
    }

    /**
     * One round of a scale. The first ({@code exported} empty) exports our dataset for the peer and counts its quads;
     * later rounds load that export again and are given its count.
     */
    ScaleResult run(int plans, OptionalLong exported) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path corpus = work.resolve("synth-" + plans);
        if (!Files.isRegularFile(corpus.resolve(CatalogReader.FILE_NAME))) {
            new CorpusGenerator(GeneratorConfig.defaults()).write(plans, SEED, corpus);
        }
        Path ours = fresh(work.resolve("db-" + plans));
        Path peer = fresh(work.resolve("tdbloader-" + plans));
        Path export = work.resolve("export-" + plans + ".nq");
        Path log = work.resolve("log-" + plans + ".txt");

        List<String> load = new ArrayList<>(List.of("load", "--profile", "--db", ours.toString()));
        if (threads != null) {
            load.addAll(List.of("--threads", threads.toString()));
        }
        load.add(corpus.toString());
        ChildJvm.Run loaded = launcher != null ? jvm.runLauncher(launcher, load, null, log) : jvm.run(LOADER, load, null, log);
        List<String> profile = loaded.out().lines().dropWhile(line -> !line.startsWith("profile:")).toList();
        long oursBytes = folderBytes(ours);

        long quads = exported.isPresent() ? exported.getAsLong() : export(ours, export, log);
        List<String> peerArgs = List.of("--loc", peer.toString(), export.toString());
        ChildJvm.Run peerRun = jvm.run(PEER, peerArgs, null, log);
        long peerBytes = folderBytes(peer);
        // the peer again under the JIT and GC options our load ran with: what of the ratio is the options, not the code
        List<String> ourOptions = jitAndGcOptions(profile);
        Duration peerOurOptions = null;
        if (!ourOptions.isEmpty()) {
            fresh(peer);
            peerOurOptions = jvm.run(PEER, ourOptions, peerArgs, null, log).wall();
        }
        return new ScaleResult(plans, textBytes(corpus), loaded.wall(), peerRun.wall(), peerOurOptions, quads,
                peakHeap(profile), oursBytes, peerBytes, profile);
    }

    /** Exports our dataset as N-Quads for the peer; the quads written. */
    private long export(Path ours, Path export, Path log) throws IOException, InterruptedException {
        jvm.run(LOADER, List.of("export", "--db", ours.toString(), "--format", "nq"), export, log);
        try (Stream<String> lines = Files.lines(export)) {
            return lines.filter(line -> !line.isBlank()).count();
        }
    }

    /**
     * The JIT and GC options our load ran with, from its profile's {@code jvm:} line; the heap options are left out,
     * since every run gets the benchmark's own {@code -Xmx}.
     */
    static List<String> jitAndGcOptions(List<String> profile) {
        return profile.stream().filter(line -> line.startsWith(JVM_LINE)).findFirst()
                .map(line -> Arrays.stream(line.substring(JVM_LINE.length()).trim().split("\\s+"))
                        .filter(option -> option.startsWith("-XX:")).toList())
                .orElseThrow(() -> new IllegalStateException("the load's profile has no '" + JVM_LINE.trim()
                        + "' line (a loader older than the benchmark?): " + profile));
    }

    /** Lets the launcher build the application (and its class-data archive) if it needs to, before anything is timed. */
    private void buildLauncher() throws IOException, InterruptedException {
        if (launcher != null) {
            Files.createDirectories(work);
            jvm.runLauncher(launcher, List.of("--version"), null, work.resolve("launcher-build.txt"));
        }
    }

    /** How our side was run, for the report. */
    String ourCommand() {
        return launcher == null ? "`" + LOADER + "` on the benchmark's class path"
                : "`reformgraph load`, the launcher script users run (the unpacked jar with its class-data archive, "
                        + "and the JIT and GC options it gives a load: under 1 MB of text the quick compiler alone, "
                        + "above it a smaller C2 budget; both with the parallel collector)";
    }

    /** The peak heap a load's profile reports, in MB. */
    static long peakHeap(List<String> profile) {
        for (String line : profile) {
            Matcher matcher = PEAK_HEAP.matcher(line);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
        }
        throw new IllegalStateException("the load printed no profile with its peak heap: " + profile);
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return folder;
    }

    /** The apparent size of every file in a folder (TDB2's files are sparse: this is what the files claim). */
    static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static long textBytes(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            long total = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The Jena release the peer comes from: the jena-cmds jar on the class path. */
    static String peerVersion() {
        Matcher matcher = Pattern.compile("jena-cmds-([0-9][^/\\\\]*)\\.jar").matcher(System.getProperty("java.class.path"));
        return matcher.find() ? "Jena " + matcher.group(1) : "Jena (version unknown)";
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " " + value + ": expected a whole number of 1 or more");
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
