package org.reformgraph.bench.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A loopback HTTP server for tests: it answers each request with the script's bytes and counts the connections it accepts. */
final class ScriptedServer implements AutoCloseable {
    final AtomicInteger connections = new AtomicInteger();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final ServerSocket socket;
    private final Function<String, byte[]> script;
    private final boolean closeAfterEachAnswer;

    /** A complete HTTP/1.1 answer with a Content-Length; {@code headers} are extra lines, each ending in CRLF. */
    static byte[] answer(int status, String body, String headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n"
                + headers + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The request target of a request's head: its path and query. */
    static String target(String requestHead) {
        return requestHead.split(" ", 3)[1];
    }

    ScriptedServer(Function<String, byte[]> script) throws IOException {
        this(script, false);
    }

    ScriptedServer(Function<String, byte[]> script, boolean closeAfterEachAnswer) throws IOException {
        this.script = script;
        this.closeAfterEachAnswer = closeAfterEachAnswer;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String url(String target) {
        return "http://127.0.0.1:" + port() + target;
    }

    void dropOpenConnections() throws IOException {
        for (Socket s : open) {
            s.close();
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                open.add(connection);
                Thread t = new Thread(() -> serve(connection), "scripted-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            while (true) {
                String request = readRequest(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                out.write(script.apply(request));
                out.flush();
                if (closeAfterEachAnswer) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        dropOpenConnections();
    }
}
