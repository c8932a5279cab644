package org.reformgraph.bench.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

/**
 * The one HTTP client of the harness: plain GETs on loopback, the body read in full (that is what a client waits for),
 * over connections kept open per server ({@link HttpConnection}) as a keep-alive client such as wrk or curl keeps them.
 */
final class Http {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final Map<String, Deque<HttpConnection>> IDLE = new ConcurrentHashMap<>();

    private Http() {
    }

    /** An answer as received; the body is kept as bytes and decoded (UTF-8) only when asked for. */
    record Response(int status, byte[] bytes, Map<String, List<String>> headers) {
        Response {
            headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(java.util.Locale.ROOT), e -> List.copyOf(e.getValue()), (a, b) -> a));
        }

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The first value of a header, whatever the case of its name; null when the answer has none. */
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** No complete answer within the request's timeout. */
    static final class TimeoutException extends IOException {
        TimeoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * GETs {@code url} (http only) and reads the whole answer, whatever its status; the timeout bounds the whole
     * exchange, the last byte included.
     */
    static Response get(String url, String accept, Duration timeout) throws IOException {
        URI uri = URI.create(URI.create(url).toASCIIString());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http URL with a host: " + url);
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String origin = uri.getHost() + ":" + port;
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long deadline = System.nanoTime() + timeout.toNanos();
        Deque<HttpConnection> idle = IDLE.computeIfAbsent(origin, k -> new ConcurrentLinkedDeque<>());
        while (true) {
            HttpConnection kept = idle.pollFirst();
            HttpConnection connection = kept != null ? kept : HttpConnection.open(uri.getHost(), port, CONNECT_TIMEOUT_MILLIS);
            try {
                Response response = connection.get(target, accept, deadline);
                if (connection.reusable()) {
                    idle.offerFirst(connection);
                } else {
                    connection.close();
                }
                return response;
            } catch (HttpConnection.StaleConnectionException e) {
                connection.close(); // the server let an idle connection go; a GET may be sent again
            } catch (IOException e) {
                connection.close();
                throw withUrl(e, url);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }

    private static IOException withUrl(IOException e, String url) {
        String message = e.getMessage() + " (GET " + shorten(url) + ")";
        return e instanceof TimeoutException ? new TimeoutException(message, e) : new IOException(message, e);
    }

    /** True when the URL answers 200 now; false for any other status or when nothing listens yet. */
    static boolean answers(String url) {
        try {
            return get(url, "*/*", Duration.ofSeconds(5)).status() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String shorten(String url) {
        return url.length() <= 120 ? url : url.substring(0, 120) + "…";
    }
}
