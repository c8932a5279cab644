package org.reformgraph.bench.endpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run as Markdown, for its section of docs/BENCHMARKS.md. */
public final class Report {
    static final String OURS = "reformgraph /sparql";
    static final String FUSEKI = "Fuseki";
    static final String VIRTUOSO = "Virtuoso";

    private Report() {
    }

    public static String markdown(RunRecord run) {
        StringBuilder md = new StringBuilder();
        header(md, run);
        namedQueries(md, run);
        search(md, run);
        readiness(md, run);
        wrk(md, run);
        if (!run.notes().isEmpty()) {
            md.append("\nNot measured in this run:\n\n");
            run.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static void header(StringBuilder md, RunRecord run) {
        Machine m = run.machine();
        md.append("Run ").append(m.date()).append(" on ").append(m.cores()).append(" cores, load average ")
                .append(m.loadAverage()).append(" at start; ").append(m.java()).append(".\n\n");
        md.append("Data: ").append(run.data()).append(": ").append(String.format(Locale.ROOT, "%,d", run.export().quads()))
                .append(" quads in ").append(run.export().graphs().size()).append(" named graphs, the same `export --format nq` loaded into every peer.\n");
        md.append("Peers: ");
        List<String> versions = new ArrayList<>();
        run.versions().forEach((peer, version) -> versions.add(peer + ": " + version));
        md.append(String.join("; ", versions)).append(".\n");
        md.append("Server JVM flags (reformgraph and Fuseki alike): `").append(String.join(" ", run.jvmFlags())).append("`")
                .append("; reformgraph also `").append(String.join(" ", ReformgraphServer.SERVER_FLAGS)).append("`.\n");
        if (!run.loadTimes().isEmpty()) {
            List<String> loads = new ArrayList<>();
            run.loadTimes().forEach((what, took) -> loads.add(what + " " + seconds(took)));
            md.append("Load times: ").append(String.join(", ", loads)).append(".\n");
        }
        if (run.serverWarmUp() > 0) {
            md.append("Before anything is timed, every server gets ").append(run.serverWarmUp())
                    .append(" cheap requests per endpoint (a held named answer at reformgraph's `/api/queries`, `ASK` at every `/sparql`), so the JVM servers' request paths are compiled (their p95/p99 otherwise measure the JIT compiler for the first ~15,000 requests).\n");
        }
        md.append("Each timing: ").append(run.warmup()).append(" warm-up requests, then up to ").append(run.runs())
                .append(" timed GETs one after another (fewer for a slow query, at least 3; `n` says how many), each over an HTTP/1.1 connection kept open to that server and read in the sending thread, from sending to the last byte read; p50/p95/p99 in ms. Timing starts once reformgraph's start-up work is done (its Prometheus page shows the named answers warmed and the text index's first pass), so no timing shares the cores with that work.\n");
    }

    private static void namedQueries(StringBuilder md, RunRecord run) {
        List<NamedQueryResult> results = run.namedQueries();
        md.append("\n### Named queries\n\n");
        md.append("Every named query with its default parameters. \"cached\" is `/api/queries/{name}`, \"uncached\" the same text at "
                + "reformgraph's `/sparql`; Fuseki is the standalone server on a TDB2 built by `tdb2.tdbloader` (union default "
                + "graph); Virtuoso holds the export's triples in one graph (the union reformgraph and Fuseki use as default graph) and reads `FROM` it. A peer is timed only on queries "
                + "where its answer agreed with reformgraph's (row count and digest of the sorted canonical rows). "
                + "Ratios are of p50s; below 1 means reformgraph is faster. With n timed runs, p95 and p99 are the slowest run when n < 20.\n\n");
        md.append("| query | rows | cached p50 / p95 / p99 | uncached p50 / p95 / p99 | Fuseki p50 / p95 / p99 | Virtuoso p50 / p95 / p99 "
                + "| cached ÷ Fuseki | cached ÷ Virtuoso | uncached ÷ Fuseki | uncached ÷ cached | cache header |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        List<Double> vsFuseki = new ArrayList<>();
        List<Double> vsVirtuoso = new ArrayList<>();
        List<Double> uncachedVsFuseki = new ArrayList<>();
        List<Double> speedup = new ArrayList<>();
        for (NamedQueryResult r : results) {
            Optional<Latencies> uncached = r.timing(OURS);
            Optional<Latencies> fuseki = r.timing(FUSEKI);
            Optional<Latencies> virtuoso = r.timing(VIRTUOSO);
            md.append("| ").append(r.label()).append(" | ").append(r.rows() < 0 ? "—" : Integer.toString(r.rows()))
                    .append(" | ").append(triple(r.cached())).append(" | ").append(triple(uncached))
                    .append(" | ").append(triple(fuseki)).append(" | ").append(triple(virtuoso))
                    .append(" | ").append(ratio(r.cached(), fuseki, vsFuseki))
                    .append(" | ").append(ratio(r.cached(), virtuoso, vsVirtuoso))
                    .append(" | ").append(ratio(uncached, fuseki, uncachedVsFuseki))
                    .append(" | ").append(ratio(uncached, r.cached(), speedup))
                    .append(" | ").append(r.cacheHeader()).append(" |\n");
        }
        md.append('\n');
        long agreeing = results.stream().filter(r -> r.problems().isEmpty()).count();
        md.append("Agreement: ").append(agreeing).append(" of ").append(results.size())
                .append(" queries answered the same by all three stores and by `/api/queries`.\n");
        summary(md, "cached ÷ Fuseki", vsFuseki, 1.1, "≤ 1.1×");
        summary(md, "cached ÷ Virtuoso", vsVirtuoso, 1.0, "≤ 1.0×");
        summary(md, "uncached ÷ Fuseki", uncachedVsFuseki, 1.1, "≤ 1.1×");
        List<Double> cachedSpeedup = speedup.stream().toList();
        if (!cachedSpeedup.isEmpty()) {
            long tenfold = cachedSpeedup.stream().filter(x -> x >= 10).count();
            md.append("- uncached ÷ cached: geometric mean ").append(fmtRatio(geomean(cachedSpeedup))).append(", ")
                    .append(tenfold).append(" of ").append(cachedSpeedup.size()).append(" at least 10× (goal: all).\n");
        }
        List<NamedQueryResult> problems = results.stream().filter(r -> !r.problems().isEmpty()).toList();
        if (!problems.isEmpty()) {
            md.append("\nDisagreements and failures (the peer is not timed on that query):\n\n");
            for (NamedQueryResult r : problems) {
                md.append("- `").append(r.name()).append("`: ").append(String.join("; ", r.problems()).replace("|", "\\|")).append('\n');
            }
        }
    }

    private static void summary(StringBuilder md, String what, List<Double> ratios, double goal, String goalText) {
        if (ratios.isEmpty()) {
            return;
        }
        long meeting = ratios.stream().filter(x -> x <= goal).count();
        md.append("- ").append(what).append(": geometric mean ").append(fmtRatio(geomean(ratios))).append(", ")
                .append(meeting).append(" of ").append(ratios.size()).append(" queries ").append(goalText).append(".\n");
    }

    private static void search(StringBuilder md, RunRecord run) {
        if (run.search().isEmpty()) {
            return;
        }
        md.append("\n### Text search\n\n");
        md.append("Distinct subjects whose measure text, title or label matches the phrase. reformgraph: `GET /api/search?q=…&limit=200` "
                + "(hits = its `total`) and `?s text:query (\"…\" 100000)` at `/sparql`; stock Fuseki: `FILTER(CONTAINS(STR(?l), \"…\"))` "
                + "over the same properties; Virtuoso: `?l bif:contains '\"…\"'` with its free-text index on all literals. "
                + "Hits need not agree (segmented words against substrings). Cells: hits, p50 / p95 ms.\n\n");
        md.append("| phrase |");
        TextSearchBench.METHODS.forEach(m -> md.append(' ').append(m).append(" |"));
        md.append(" /api/search ÷ Virtuoso | text:query ÷ Virtuoso |\n|---|");
        TextSearchBench.METHODS.forEach(m -> md.append("--:|"));
        md.append("--:|--:|\n");
        for (TextSearchBench.PhraseResult phrase : run.search()) {
            md.append("| ").append(phrase.phrase()).append(" |");
            for (String method : TextSearchBench.METHODS) {
                TextSearchBench.Measurement m = phrase.byMethod().get(method);
                if (m == null || m.latencies().isEmpty()) {
                    md.append(' ').append(m == null ? "—" : m.note().replace("|", "\\|")).append(" |");
                } else {
                    md.append(' ').append(m.hits().map(String::valueOf).orElse("?")).append(" hits, ")
                            .append(ms(m.latencies().get().p50())).append(" / ").append(ms(m.latencies().get().p95())).append(" |");
                }
            }
            Optional<Latencies> virtuoso = latencies(phrase, TextSearchBench.VIRTUOSO);
            md.append(' ').append(ratio(latencies(phrase, TextSearchBench.API), virtuoso, new ArrayList<>())).append(" |")
                    .append(' ').append(ratio(latencies(phrase, TextSearchBench.TEXT_QUERY), virtuoso, new ArrayList<>())).append(" |\n");
        }
    }

    private static Optional<Latencies> latencies(TextSearchBench.PhraseResult phrase, String method) {
        TextSearchBench.Measurement m = phrase.byMethod().get(method);
        return m == null ? Optional.empty() : m.latencies();
    }

    private static void readiness(StringBuilder md, RunRecord run) {
        if (run.readyOnDb().isEmpty() && run.readyOnSeeds().isEmpty()) {
            return;
        }
        md.append("\n### `serve` time to ready\n\n");
        md.append("From starting the process (`serve`, started as the Peers line says) to `/actuator/health` answering 200.\n\n");
        if (!run.readyOnDb().isEmpty()) {
            List<Duration> sorted = run.readyOnDb().stream().sorted().toList();
            md.append("- on the existing database: median ").append(seconds(sorted.get(sorted.size() / 2))).append(" of ")
                    .append(sorted.size()).append(" starts (").append(String.join(", ", run.readyOnDb().stream().map(Report::seconds).toList()))
                    .append("); goal ≤ 5 s.\n");
        }
        run.readyOnSeeds().ifPresent(d -> md.append("- on an empty database with `--seeds` (loads the five seed plans first): ")
                .append(seconds(d)).append(".\n"));
    }

    private static void wrk(StringBuilder md, RunRecord run) {
        if (run.wrk().isEmpty()) {
            return;
        }
        md.append("\n### Concurrent clients (wrk)\n\n");
        md.append("`wrk --latency` against one named query: reformgraph's `/api/queries/{name}`, the same text at its `/sparql`, "
                + "and at the standalone Fuseki. Errors: non-2xx answers, socket errors and timeouts.\n\n");
        md.append("| target | connections | requests/s | p50 ms | p99 ms | requests | errors |\n|---|--:|--:|--:|--:|--:|--:|\n");
        for (Wrk.Result r : run.wrk()) {
            md.append("| ").append(r.target()).append(" | ").append(r.connections()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.requestsPerSecond())).append(" | ").append(ms(r.p50Millis()))
                    .append(" | ").append(ms(r.p99Millis())).append(" | ").append(r.requests()).append(" | ").append(r.errors()).append(" |\n");
        }
    }

    static String triple(Optional<Latencies> latencies) {
        return latencies.map(l -> ms(l.p50()) + " / " + ms(l.p95()) + " / " + ms(l.p99()) + " (n=" + l.n() + ")").orElse("—");
    }

    static String ratio(Optional<Latencies> ours, Optional<Latencies> theirs, List<Double> collect) {
        if (ours.isEmpty() || theirs.isEmpty() || theirs.get().p50() <= 0) {
            return "—";
        }
        double ratio = ours.get().p50() / theirs.get().p50();
        collect.add(ratio);
        return fmtRatio(ratio);
    }

    static String fmtRatio(double ratio) {
        return ratio >= 10 ? String.format(Locale.ROOT, "%.0f×", ratio)
                : ratio >= 0.1 ? String.format(Locale.ROOT, "%.2f×", ratio) : String.format(Locale.ROOT, "%.3f×", ratio);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "?";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.2f", millis)
                : millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.0f", millis);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static double geomean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(Math::log).average().orElse(0));
    }
}
