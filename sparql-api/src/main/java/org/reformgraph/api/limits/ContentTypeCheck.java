package org.reformgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content types that made requests end as 500s further in (found by the fuzz test): a Content-Type that is no media
 * type a body can have ({@code text/*}, {@code ;;;}) is refused with 415 (Spring's request headers throw on it); a GET
 * or HEAD, which has no body, is handed on without its Content-Type (Fuseki took {@code GET /sparql} with
 * {@code application/sparql-query} to mean a query in the body, found none, and failed); and a SPARQL query or update
 * body that is empty is a 400.
 */
public final class ContentTypeCheck extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !type.isBlank() && !isConcrete(type)) {
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType("text/plain;charset=utf-8");
            byte[] body = "the Content-Type is not the media type of a body (no wildcards, type/subtype)\n"
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        if (type != null && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            chain.doFilter(new WithoutContentType(request), response);
            return;
        }
        if (type != null && request.getContentLengthLong() == 0 && isSparqlBody(type)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            byte[] body = "the body is empty: expected a SPARQL query or update\n".getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSparqlBody(String type) {
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("application/sparql-query") || lower.startsWith("application/sparql-update");
    }

    /** The request as if it had no Content-Type header. */
    private static final class WithoutContentType extends jakarta.servlet.http.HttpServletRequestWrapper {
        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "content-type".equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaderNames() {
            return java.util.Collections.enumeration(java.util.Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !n.equalsIgnoreCase("content-type")).toList());
        }
    }

    private static boolean isConcrete(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !media.isWildcardType() && !media.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
