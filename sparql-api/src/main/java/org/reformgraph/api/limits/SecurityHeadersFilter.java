package org.reformgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, whoever writes it (Fuseki, an error page, a refusal): {@code nosniff} and a
 * referrer policy always, and for HTML a content security policy that allows nothing but this server's stylesheet
 * and forbids framing. A controller that sets one of these headers itself (the linked-data pages set their own
 * policy) replaces the default rather than adding a second header beside it, which browsers would both enforce.
 */
public final class SecurityHeadersFilter extends OncePerRequestFilter {
    /** The pages' own policy (no script, only this server's stylesheet, no framing), for every other HTML answer too. */
    public static final String HTML_POLICY = org.reformgraph.api.linkeddata.SecurityHeaders.CONTENT_SECURITY_POLICY;
    static final String CSP = "Content-Security-Policy";
    private static final Set<String> REPLACED = Set.of(CSP.toLowerCase(Locale.ROOT), "x-content-type-options",
            "referrer-policy", "x-frame-options");

    /** Error pages are rendered in a dispatch of their own, on the container's response: they need the policy too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, new Headed(response));
    }

    /** Adds the HTML policy when the content type becomes HTML; turns adding a security header into setting it. */
    private static final class Headed extends HttpServletResponseWrapper {
        Headed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") && !containsHeader(CSP)) {
                super.setHeader(CSP, HTML_POLICY);
                super.setHeader("X-Frame-Options", "DENY");
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else if (REPLACED.contains(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
