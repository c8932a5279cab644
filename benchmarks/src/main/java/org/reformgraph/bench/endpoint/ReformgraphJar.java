package org.reformgraph.bench.endpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own command line, {@code reformgraph.jar}, run in a separate JVM like a user runs it: {@code load} and
 * {@code export} here, {@code serve} through {@link ReformgraphServer}. When the jar is the one the launcher script
 * unpacks ({@code sparql-api/target/reformgraph-app/}), its class-data archive is used as the script uses it.
 */
public record ReformgraphJar(Path jar, List<String> jvmFlags) {
    public ReformgraphJar {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no reformgraph.jar at " + jar.toAbsolutePath()
                    + " (build it: ./mvnw -q -B -DskipTests package -pl sparql-api -am)");
        }
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** The class-data archive the launcher script keeps beside the unpacked jar, if this jar has one. */
    Path classDataArchive() {
        Path archive = jar.toAbsolutePath().resolveSibling("reformgraph.jsa");
        return Files.isRegularFile(archive) ? archive : null;
    }

    /** How the server is started, for the report. */
    String describe() {
        return classDataArchive() != null
                ? "`java -XX:SharedArchiveFile=reformgraph.jsa -jar reformgraph.jar` as the launcher script `./reformgraph` runs it (the unpacked jar and its class-data archive)"
                : "`java -jar " + jar.getFileName() + "`";
    }

    List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Java.executable());
        Path archive = classDataArchive();
        if (archive != null) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Loads a folder of plans (with its catalog.ttl) into the TDB2 database {@code db}. */
    public Duration load(Path plans, Path db, Path workDir) {
        long start = System.nanoTime();
        ChildProcess.run("reformgraph load", command("load", "--db", db.toAbsolutePath().toString(),
                plans.toAbsolutePath().toString()), workDir, workDir.resolve("load.log"), Duration.ofHours(3));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Writes the database as N-Quads: the one file every peer loads. */
    public Path exportNQuads(Path db, Path workDir) {
        Path out = workDir.resolve("export.nq");
        List<String> command = command("export", "--db", db.toAbsolutePath().toString(), "--format", "nq");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(workDir.resolve("export.log").toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("reformgraph export exited with " + process.exitValue() + ", see "
                        + workDir.resolve("export.log"));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot run reformgraph export", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during export", e);
        }
    }
}
