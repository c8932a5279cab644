package org.reformgraph.bench.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection to one server, kept open between requests: a GET is written to a blocking socket and its
 * answer read in the calling thread, nothing else in between. That is what a timing of a sub-millisecond answer
 * needs: {@code java.net.http.HttpClient} hands every exchange to its selector thread and back, which cost 0.3–0.8 ms
 * a request on this harness's machine, more than a held named answer takes.
 *
 * <p>The answer is read by its {@code Content-Length}, by chunks, or to the end of the connection (then the connection
 * is not used again, nor after {@code Connection: close}). Every read waits at most until the request's deadline.
 */
final class HttpConnection implements Closeable {
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_LINE = 64 * 1024;

    private final String hostHeader;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long deadline;
    private boolean reusable = true;
    private int exchanges;

    private HttpConnection(String hostHeader, Socket socket) throws IOException {
        this.hostHeader = hostHeader;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static HttpConnection open(String host, int port, int connectTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            return new HttpConnection(host + ":" + port, socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A connection kept from an earlier request was closed before a byte of the next answer: the GET may be sent again. */
    static final class StaleConnectionException extends IOException {
        StaleConnectionException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Sends {@code GET target} and reads the whole answer.
     *
     * @param target the request target as sent: the path and query, already percent-encoded
     * @throws StaleConnectionException when a connection that served an earlier request was found closed before a
     *                                  byte of this answer arrived (a server drops idle keep-alive connections): the
     *                                  GET can be sent again on a new connection
     * @throws Http.TimeoutException     when the deadline passed first; the connection is then closed
     */
    Http.Response get(String target, String accept, long deadlineNanos) throws IOException {
        deadline = deadlineNanos;
        boolean earlierExchanges = exchanges++ > 0;
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: " + accept
                + "\r\nUser-Agent: reformgraph-benchmark\r\n\r\n";
        try {
            boolean answered;
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                answered = fill();
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                throw closedBeforeAnswer(earlierExchanges, e);
            }
            if (!answered) {
                throw closedBeforeAnswer(earlierExchanges, null);
            }
            return readResponse();
        } catch (SocketTimeoutException e) {
            reusable = false;
            throw new Http.TimeoutException("no complete answer from " + hostHeader + " before the deadline", e);
        } catch (IOException | RuntimeException e) {
            reusable = false;
            throw e;
        }
    }

    private IOException closedBeforeAnswer(boolean earlierExchanges, IOException cause) {
        reusable = false;
        String message = "the connection to " + hostHeader + " closed before an answer";
        return earlierExchanges ? new StaleConnectionException(message, cause)
                : cause != null ? cause : new EOFException(message);
    }

    /** True while the server has not asked to close and every answer so far was delimited. */
    boolean reusable() {
        return reusable && !socket.isClosed();
    }

    @Override
    public void close() {
        reusable = false;
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to release beyond the socket itself
        }
    }

    private Http.Response readResponse() throws IOException {
        while (true) {
            String statusLine = readLine();
            int status = statusOf(statusLine);
            Map<String, List<String>> headers = readHeaders();
            if (status >= 100 && status < 200) {
                continue; // an interim answer; the real one follows
            }
            boolean http11 = statusLine.startsWith("HTTP/1.1");
            if (!http11 || hasToken(headers, "connection", "close")) {
                reusable = false;
            }
            byte[] body;
            if (status == 204 || status == 304) {
                body = new byte[0];
            } else if (hasToken(headers, "transfer-encoding", "chunked")) {
                body = readChunked();
            } else if (first(headers, "content-length") != null) {
                body = readExactly(parseLength(first(headers, "content-length")));
            } else {
                reusable = false;
                body = readToEnd();
            }
            return new Http.Response(status, body, headers);
        }
    }

    private static int statusOf(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + shorten(statusLine));
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status line: " + shorten(statusLine), e);
        }
    }

    private Map<String, List<String>> readHeaders() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("not an HTTP header line: " + shorten(line));
            }
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            String size = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                throw new IOException("not a chunk size: " + shorten(sizeLine), e);
            }
            if (length == 0) {
                readHeaders(); // trailers, up to the empty line that ends the answer
                return body.toByteArray();
            }
            copy(length, body);
            if (!readLine().isEmpty()) {
                throw new IOException("a chunk of " + length + " bytes was not followed by CRLF");
            }
        }
    }

    private byte[] readExactly(int length) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(length);
        copy(length, body);
        return body.toByteArray();
    }

    private void copy(int length, ByteArrayOutputStream to) throws IOException {
        int left = length;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("the answer ended " + left + " bytes short of its stated length");
            }
            int n = Math.min(left, limit - position);
            to.write(buffer, position, n);
            position += n;
            left -= n;
        }
    }

    private byte[] readToEnd() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (position < limit || fill()) {
            body.write(buffer, position, limit - position);
            position = limit;
        }
        return body.toByteArray();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (position == limit && !fill()) {
                throw new EOFException("the connection to " + hostHeader + " closed in the middle of an answer");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("an HTTP line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    /** Reads what the socket has into the buffer, waiting no longer than the deadline; false at the end of stream. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean hasToken(Map<String, List<String>> headers, String name, String token) {
        List<String> values = headers.get(name);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int parseLength(String value) throws IOException {
        try {
            int length = Integer.parseInt(value.trim());
            if (length < 0) {
                throw new NumberFormatException("negative");
            }
            return length;
        } catch (NumberFormatException e) {
            throw new IOException("not a Content-Length: " + shorten(value), e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
