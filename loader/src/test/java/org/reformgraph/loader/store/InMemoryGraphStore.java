package org.reformgraph.loader.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;

/**
 * A Graph Store Protocol server for tests: GET and PUT of {@code ?graph=IRI} over a map of models, on a loopback port.
 * It records every request ("PUT graph"), and answers PUTs with {@link #refusePutsWith(int)} to show failures.
 */
public final class InMemoryGraphStore implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Model> graphs = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int refusePuts;

    public InMemoryGraphStore() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ds", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds";
    }

    public Map<String, Model> graphs() {
        return graphs;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void refusePutsWith(int status) {
        refusePuts = status;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String graph = query != null && query.startsWith("graph=")
                ? URLDecoder.decode(query.substring("graph=".length()), StandardCharsets.UTF_8) : null;
        requests.add(exchange.getRequestMethod() + " " + graph);
        if (graph == null) {
            send(exchange, 400, "name a graph");
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                Model model = graphs.get(graph);
                if (model == null) {
                    send(exchange, 404, "no such graph");
                    return;
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                RDFDataMgr.write(body, model, Lang.TURTLE);
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, body.size());
                try (OutputStream out = exchange.getResponseBody()) {
                    body.writeTo(out);
                }
            }
            case "PUT" -> {
                if (refusePuts != 0) {
                    send(exchange, refusePuts, "writes are not allowed");
                    return;
                }
                Lang lang = RDFLanguages.contentTypeToLang(exchange.getRequestHeaders().getFirst("Content-Type"));
                Model model = ModelFactory.createDefaultModel();
                RDFParser.source(exchange.getRequestBody()).lang(lang).parse(model);
                graphs.put(graph, model);
                send(exchange, 204, null);
            }
            default -> send(exchange, 405, "GET or PUT");
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        if (text == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
