package org.reformgraph.api.store;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /graph?graph=IRI} in remote-store mode: a Graph Store Protocol read of one named graph, sent on to the
 * store's GSP endpoint with the client's Accept, and streamed back as it arrives (a graph is bounded by one plan).
 * The {@code GraphStoreGuard} before it has already refused writes and whole-dataset reads.
 */
public final class GraphStoreProxy extends OncePerRequestFilter {
    private final String gspUrl;
    private final HttpClient client;
    private final Duration timeout;

    public GraphStoreProxy(String gspUrl, HttpClient client, Duration timeout) {
        this.gspUrl = gspUrl;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("OPTIONS")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        String graph = request.getParameter("graph");
        String accept = request.getHeader("Accept");
        HttpRequest.Builder remote = HttpRequest.newBuilder(URI.create(gspUrl + (gspUrl.contains("?") ? "&" : "?")
                        + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .timeout(timeout).GET();
        remote.header("Accept", accept == null || accept.isBlank() ? "text/turtle" : accept);
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(remote.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            ProxyResponses.timedOut(response, timeout);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProxyResponses.timedOut(response, timeout);
            return;
        } catch (IOException e) {
            ProxyResponses.unreachable(response, gspUrl, e);
            return;
        }
        try (InputStream body = answer.body()) {
            int status = answer.statusCode();
            if (status == HttpServletResponse.SC_NOT_FOUND) {
                ProxyResponses.error(response, status, "No such graph: <" + graph + ">");
                return;
            }
            if (status != HttpServletResponse.SC_OK) {
                ProxyResponses.relay(status, answer.headers().firstValue("Content-Type").orElse(null),
                        body.readAllBytes(), gspUrl, false, response);
                return;
            }
            response.setStatus(status);
            answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
            response.setHeader("Vary", "Accept");
            if (request.getMethod().equals("HEAD")) {
                return;
            }
            OutputStream out = response.getOutputStream();
            body.transferTo(out);
        }
    }
}
