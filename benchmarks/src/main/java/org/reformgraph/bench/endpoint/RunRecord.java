package org.reformgraph.bench.endpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, as the report prints it.
 *
 * @param data         where the data came from, e.g. "synthetic corpus, 100 plans, seed 42"
 * @param loadTimes    how long each loader took to load the same data (ours from text, the peers from the export)
 * @param versions     the peers' versions, by peer name
 * @param jvmFlags     the flags every server JVM ran with
 * @param readyOnDb    serve's time to ready on the existing database, one per attempt
 * @param readyOnSeeds serve's time to ready on an empty database with the seeds
 * @param notes        what could not be measured in this run, and why
 */
public record RunRecord(Machine machine, String data, ExportedGraphs export, Map<String, Duration> loadTimes,
                        Map<String, String> versions, List<String> jvmFlags, int serverWarmUp, int warmup, int runs,
                        List<Duration> readyOnDb, Optional<Duration> readyOnSeeds, List<NamedQueryResult> namedQueries,
                        List<TextSearchBench.PhraseResult> search, List<Wrk.Result> wrk, List<String> notes) {
}
