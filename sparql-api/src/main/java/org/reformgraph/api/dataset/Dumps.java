package org.reformgraph.api.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.reformgraph.api.linkeddata.Prefixes;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.reformgraph.api.named.DataVersion;
import org.reformgraph.ontology.RG;

/**
 * The downloadable dumps: the whole dataset as gzipped N-Quads (the same quads {@code reformgraph export --format nq}
 * writes) and each plan's graph as Turtle, with a {@code SHA256SUMS} file and one {@code .sha256} file per dump, in
 * the format {@code sha256sum -c} checks. They are written from one read transaction, so they agree with each other,
 * into a fresh folder that then replaces the old files; they are rewritten when {@link DataVersion} says the data
 * changed since (or, where the store cannot tell, when there are none yet).
 */
public final class Dumps {
    public static final String ALL = "reformgraph.nq.gz";
    public static final String SUMS = "SHA256SUMS";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String PLAN_GRAPHS = """
            SELECT DISTINCT ?g WHERE { GRAPH ?g { ?plan a rg:Plan ; prov:wasGeneratedBy ?run } } ORDER BY ?g
            """;

    private final Dataset dataset;
    private final DataVersion version;
    private final Path folder;
    private final String base;
    private List<DumpFile> current;
    private OptionalLong writtenAt = OptionalLong.empty();

    public Dumps(Dataset dataset, DataVersion version, Path folder, String base) {
        this.dataset = dataset;
        this.base = base;
        this.version = version;
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The dumps of the data as it is now, writing them first if the data changed since they were written. */
    public synchronized List<DumpFile> current() {
        OptionalLong now = version.current();
        boolean fresh = current != null && (now.isEmpty() || now.equals(writtenAt));
        if (!fresh) {
            current = write();
            writtenAt = now;
        }
        return current;
    }

    private List<DumpFile> write() {
        try {
            Files.createDirectories(folder);
            Path staging = Files.createTempDirectory(folder, ".writing-");
            List<DumpFile> files = Txn.calculateRead(dataset, () -> writeAll(staging));
            writeSums(staging, files);
            List<DumpFile> moved = new ArrayList<>();
            for (DumpFile f : files) {
                Path target = folder.resolve(f.name());
                Files.move(staging.resolve(f.name()), target, StandardCopyOption.REPLACE_EXISTING);
                Files.move(staging.resolve(f.name() + ".sha256"), folder.resolve(f.name() + ".sha256"),
                        StandardCopyOption.REPLACE_EXISTING);
                moved.add(new DumpFile(f.name(), f.mediaType(), f.compressed(), f.graph(), f.statements(), f.bytes(),
                        f.sha256(), target));
            }
            Files.move(staging.resolve(SUMS), folder.resolve(SUMS), StandardCopyOption.REPLACE_EXISTING);
            removeStale(moved);
            Files.delete(staging);
            return List.copyOf(moved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps into " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private List<DumpFile> writeAll(Path staging) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<DumpFile> files = new ArrayList<>();
        long quads = dsg.stream().count();
        files.add(writeFile(staging, ALL, "application/n-quads", true, null, quads,
                out -> RDFWriter.source(dsg).format(RDFFormat.NQUADS).output(out)));
        for (String graph : planGraphs()) {
            String id = graph.substring(graph.lastIndexOf('/') + 1);
            if (!SAFE_NAME.matcher(id).matches()) {
                continue;
            }
            Graph g = withPrefixes(dsg.getGraph(NodeFactory.createURI(graph)));
            files.add(writeFile(staging, id + ".ttl", "text/turtle", false, graph, g.size(),
                    out -> RDFWriter.source(g).format(RDFFormat.TURTLE_BLOCKS).output(out)));
        }
        return files;
    }

    private List<String> planGraphs() {
        List<String> graphs = new ArrayList<>();
        try (var exec = org.apache.jena.query.QueryExecution.dataset(dataset).query("""
                PREFIX rg: <%s>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                %s""".formatted(RG.NS, PLAN_GRAPHS)).build()) {
            exec.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        }
        return graphs;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static DumpFile writeFile(Path staging, String name, String mediaType, boolean gzip, String graph,
                                      long statements, Body body) {
        Path path = staging.resolve(name);
        MessageDigest digest = sha256();
        try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path)), digest)) {
            if (gzip) {
                // GZIPOutputStream writes no file name and a zero time stamp, so equal data gives equal bytes
                try (GZIPOutputStream zip = new GZIPOutputStream(file, 64 * 1024)) {
                    body.write(zip);
                }
            } else {
                body.write(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
        String hex = HexFormat.of().formatHex(digest.digest());
        try {
            Files.writeString(staging.resolve(name + ".sha256"), sumLine(hex, name), StandardCharsets.US_ASCII);
            return new DumpFile(name, mediaType, gzip, graph, statements, Files.size(path), hex, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checksum of " + path + ": " + e.getMessage(), e);
        }
    }

    private static void writeSums(Path staging, List<DumpFile> files) throws IOException {
        StringBuilder sums = new StringBuilder();
        for (DumpFile f : files) {
            sums.append(sumLine(f.sha256(), f.name()));
        }
        Files.writeString(staging.resolve(SUMS), sums, StandardCharsets.US_ASCII);
    }

    /** A line of {@code sha256sum}'s output: hash, two spaces (text mode), name. */
    static String sumLine(String hex, String name) {
        return hex + "  " + name + "\n";
    }

    /** Drops the dumps of plans no longer in the data. */
    private void removeStale(List<DumpFile> kept) throws IOException {
        List<String> names = new ArrayList<>(List.of(SUMS));
        for (DumpFile f : kept) {
            names.add(f.name());
            names.add(f.name() + ".sha256");
        }
        try (var listing = Files.list(folder)) {
            for (Path p : listing.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.endsWith(".ttl") || name.endsWith(".sha256") || name.endsWith(".nq.gz");
                if (Files.isRegularFile(p) && ours && !names.contains(name)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** The graph, read-only, with the project's prefixes, for readable Turtle (a read transaction may not set them). */
    private Graph withPrefixes(Graph graph) {
        PrefixMapping prefixes = Prefixes.declare(ModelFactory.createDefaultModel(), base).lock();
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
    }
}
