package org.reformgraph.api.store;

import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.reformgraph.loader.store.RemoteStoreException;

/** Turns Jena's HTTP failures into errors that name the store's URL and what it answered. */
final class RemoteErrors {
    private RemoteErrors() {
    }

    static <T> T translate(String url, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException e) {
            throw failure(url, e);
        } catch (QueryExceptionHTTP e) {
            throw failure(url, e.getStatusCode(), e.getResponse(), e);
        } catch (QueryException e) {
            if (e.getCause() instanceof HttpException http) {
                throw failure(url, http);
            }
            throw e;
        }
    }

    static RemoteStoreException failure(String url, HttpException e) {
        return failure(url, e.getStatusCode(), e.getResponse(), e);
    }

    private static RemoteStoreException failure(String url, int status, String response, RuntimeException e) {
        String why = status > 0 ? "HTTP " + status + (response != null && !response.isBlank()
                ? ": " + firstLine(response) : "")
                : "no answer (" + rootMessage(e) + ")";
        return new RemoteStoreException("the remote store " + url + " failed: " + why, status, e);
    }

    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getClass().getSimpleName() + ": " + root.getMessage()
                : root.getClass().getSimpleName();
    }
}
