package org.reformgraph.api.linkeddata;

import org.springframework.http.HttpHeaders;

/**
 * Headers for every HTML page: pages carry no script, no inline style and nothing from other origins, so the content
 * security policy can allow only this server's stylesheet; no page may be framed (clickjacking); links out do not leak
 * the page's path.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static HttpHeaders forHtml() {
        HttpHeaders headers = forData();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        return headers;
    }

    /** For RDF and other data: only that the declared type is the type. */
    public static HttpHeaders forData() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
