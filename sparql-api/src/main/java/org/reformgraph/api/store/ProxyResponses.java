package org.reformgraph.api.store;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The responses of the proxies: the store's answer passed on, or an error that says whose fault it was. */
final class ProxyResponses {
    private ProxyResponses() {
    }

    /**
     * Passes the store's answer on. A 2xx or 4xx keeps its status and body (a 4xx is the client's query, as the store
     * judged it); a 503 stays a 503 (the store's own time limit); any other failure of the store is a 502.
     */
    static void relay(int status, String contentType, byte[] body, String url, boolean head,
                      HttpServletResponse response) throws IOException {
        if (status >= 500 && status != HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            error(response, HttpServletResponse.SC_BAD_GATEWAY, "The remote store " + url + " failed: HTTP " + status
                    + (body.length > 0 ? ": " + RemoteErrors.firstLine(new String(body, StandardCharsets.UTF_8)) : ""));
            return;
        }
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    static void timedOut(HttpServletResponse response, Duration limit) throws IOException {
        error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Query timed out: the remote store did not answer within " + limit.toMillis() + " ms.");
    }

    static void unreachable(HttpServletResponse response, String url, Throwable cause) throws IOException {
        error(response, HttpServletResponse.SC_BAD_GATEWAY,
                "The remote store " + url + " cannot be reached: " + RemoteErrors.rootMessage(cause));
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
