package org.reformgraph.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The named queries: every {@code .rq} file directly in a folder, or under {@code queries/} on the classpath (where
 * the queries module ships the top-level {@code queries/*.rq}). Read once; a bad file fails the whole library with
 * a message naming it, so a broken query is found at start-up rather than on its first request.
 */
public final class QueryLibrary {
    /** The classpath folder that holds the library's files. */
    public static final String CLASSPATH_FOLDER = "queries/";
    private static final String SUFFIX = ".rq";

    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    public static QueryLibrary of(List<NamedQuery> queries) {
        Map<String, NamedQuery> byName = new TreeMap<>();
        for (NamedQuery q : queries) {
            if (byName.putIfAbsent(q.name(), q) != null) {
                throw new QueryLibraryException("two queries are named '" + q.name() + "'");
            }
        }
        return new QueryLibrary(byName);
    }

    /** Every {@code *.rq} file directly inside {@code folder}. */
    public static QueryLibrary fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new QueryLibraryException(folder + ": not a folder of .rq files");
        }
        List<NamedQuery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                found.add(NamedQueryParser.parse(nameOf(file.getFileName().toString()),
                        Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query folder " + folder, e);
        }
        return of(found);
    }

    /** The library shipped on the classpath of the given class loader. */
    public static QueryLibrary fromClasspath(ClassLoader loader) {
        List<NamedQuery> found = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(CLASSPATH_FOLDER);
            for (URL root : Collections.list(roots)) {
                for (String file : listRqFiles(root)) {
                    URL url = loader.getResource(CLASSPATH_FOLDER + file);
                    if (url == null) {
                        throw new QueryLibraryException("classpath:" + CLASSPATH_FOLDER + file + " is listed but cannot be read");
                    }
                    try (InputStream in = url.openStream()) {
                        found.add(NamedQueryParser.parse(nameOf(file),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + CLASSPATH_FOLDER + file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the query library on the classpath", e);
        }
        return of(found);
    }

    public static QueryLibrary fromClasspath() {
        return fromClasspath(QueryLibrary.class.getClassLoader());
    }

    /** The file names of the .rq files directly under one classpath root (a folder, or a folder inside a jar). */
    private static List<String> listRqFiles(URL root) throws IOException {
        if (root.getProtocol().equals("file")) {
            Path folder;
            try {
                folder = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("bad classpath URL " + root, e);
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted().toList();
            }
        }
        URLConnection connection = root.openConnection();
        if (connection instanceof JarURLConnection jar) {
            // Also covers jars nested in a Spring Boot fat jar: its URL handler answers with a JarURLConnection.
            jar.setUseCaches(false);
            String prefix = jar.getEntryName() == null ? CLASSPATH_FOLDER : jar.getEntryName();
            String folder = prefix.endsWith("/") ? prefix : prefix + "/";
            List<String> names = new ArrayList<>();
            try (JarFile jarFile = jar.getJarFile()) {
                for (JarEntry entry : Collections.list(jarFile.entries())) {
                    String entryName = entry.getName();
                    if (!entry.isDirectory() && entryName.startsWith(folder) && entryName.endsWith(SUFFIX)
                            && entryName.indexOf('/', folder.length()) < 0) {
                        names.add(entryName.substring(folder.length()));
                    }
                }
            }
            Collections.sort(names);
            return names;
        }
        throw new IOException("cannot list the classpath folder " + root + " (protocol " + root.getProtocol() + ")");
    }

    private static String nameOf(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }

    /** Every query, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public int size() {
        return queries.size();
    }
}
