package org.reformgraph.loader.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/**
 * Named graphs of a remote store, read and replaced through the SPARQL 1.1 Graph Store Protocol. A replace is one
 * HTTP PUT, so the store's own transaction makes it atomic: readers see the old graph or the new one, never a mix.
 */
public final class RemoteGraphStore implements AutoCloseable {
    private final String gspUrl;
    private final RDFConnection connection;

    /** @param gspUrl the store's Graph Store Protocol endpoint (for Fuseki, the dataset URL, e.g. http://host:3030/ds) */
    public RemoteGraphStore(String gspUrl) {
        this.gspUrl = Objects.requireNonNull(gspUrl, "gspUrl");
        this.connection = RDFConnectionRemote.newBuilder().destination(gspUrl).gspEndpoint("").build();
    }

    public String url() {
        return gspUrl;
    }

    /** The graph as stored, or empty if the store does not have it (404). */
    public Optional<Model> read(String graphIri) {
        try {
            return Optional.of(call("GET", graphIri, () -> connection.fetch(graphIri)));
        } catch (RemoteStoreException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Replaces the graph with {@code model} in one request. */
    public void replace(String graphIri, Model model) {
        call("PUT", graphIri, () -> {
            connection.put(graphIri, model);
            return null;
        });
    }

    private <T> T call(String method, String graphIri, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException e) {
            String url = gspUrl + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
            int status = e.getStatusCode();
            String why = status > 0
                    ? "HTTP " + status + (e.getStatusLine() != null ? " " + e.getStatusLine() : "")
                    + (e.getResponse() != null && !e.getResponse().isBlank() ? ": " + firstLine(e.getResponse()) : "")
                    : "no answer (" + rootMessage(e) + ")";
            throw new RemoteStoreException(method + " " + url + " failed: " + why, status, e);
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getClass().getSimpleName() + ": " + root.getMessage()
                : root.getClass().getSimpleName();
    }

    @Override
    public void close() {
        connection.close();
    }
}
