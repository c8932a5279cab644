package org.reformgraph.api.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code ?format=} work the same on both protocol paths, with the common names of RDF formats.
 *
 * <p>On {@code /sparql}, Fuseki reads {@code format} itself but knows only its short names ({@code nt}, {@code xml},
 * {@code json-ld}, {@code turtle} …): the usual spellings ({@code n-triples}, {@code rdf/xml}, {@code jsonld} …) are
 * translated to those. On {@code /graph}, Fuseki's Graph Store Protocol refuses any parameter but {@code graph}, and
 * picks RDF/XML when the client states no preference: {@code format} becomes the Accept header instead, and a
 * request with no preference gets Turtle.
 */
public final class FormatParameter extends OncePerRequestFilter {
    private static final String FORMAT = "format";
    private static final Map<String, String> FUSEKI_NAMES = Map.of(
            "n-triples", "nt", "ntriples", "nt",
            "rdf/xml", "xml", "rdfxml", "xml", "rdf-xml", "xml",
            "jsonld", "json-ld", "ttl", "turtle");
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("turtle", "text/turtle"), Map.entry("ttl", "text/turtle"),
            Map.entry("json-ld", "application/ld+json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json", "application/ld+json"),
            Map.entry("nt", "application/n-triples"), Map.entry("n-triples", "application/n-triples"),
            Map.entry("ntriples", "application/n-triples"),
            Map.entry("xml", "application/rdf+xml"), Map.entry("rdf/xml", "application/rdf+xml"),
            Map.entry("rdfxml", "application/rdf+xml"), Map.entry("rdf-xml", "application/rdf+xml"));
    private static final String DEFAULT_RDF = "text/turtle";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getServletPath().equals(SparqlEndpointConfiguration.GRAPH_PATH)) {
            chain.doFilter(forGraphStore(request), response);
            return;
        }
        String format = request.getParameter(FORMAT);
        String name = format == null ? null : FUSEKI_NAMES.get(format.toLowerCase(Locale.ROOT));
        chain.doFilter(name == null ? request : new Rewritten(request, Map.of(FORMAT, name), null), response);
    }

    private static HttpServletRequest forGraphStore(HttpServletRequest request) {
        String format = request.getParameter(FORMAT);
        if (format != null) {
            String type = MEDIA_TYPES.get(format.toLowerCase(Locale.ROOT));
            if (type == null) {
                type = format.contains("/") ? format : null;
            }
            if (type == null) {
                return request; // Fuseki answers 400 naming the unknown parameter
            }
            Map<String, String> without = new LinkedHashMap<>();
            request.getParameterMap().forEach((k, v) -> {
                if (!k.equals(FORMAT) && v.length > 0) {
                    without.put(k, v[0]);
                }
            });
            return new Rewritten(request, without, type, true);
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return new Rewritten(request, Map.of(), DEFAULT_RDF);
        }
        return request;
    }

    /** The request with some parameters replaced (or, with {@code only}, exactly these) and maybe another Accept. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;
        private final String accept;
        private final boolean only;

        Rewritten(HttpServletRequest request, Map<String, String> changed, String accept) {
            this(request, changed, accept, false);
        }

        Rewritten(HttpServletRequest request, Map<String, String> changed, String accept, boolean only) {
            super(request);
            Map<String, String[]> p = only ? new LinkedHashMap<>() : new LinkedHashMap<>(request.getParameterMap());
            changed.forEach((k, v) -> p.put(k, new String[] {v}));
            this.parameters = Collections.unmodifiableMap(p);
            this.accept = accept;
            this.only = only;
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String getQueryString() {
            if (!only) {
                return super.getQueryString();
            }
            return parameters.isEmpty() ? null : parameters.entrySet().stream()
                    .flatMap(e -> Stream.of(e.getValue()).map(v -> enc(e.getKey()) + "=" + enc(v)))
                    .collect(Collectors.joining("&"));
        }

        @Override
        public String getHeader(String name) {
            return accept != null && name.equalsIgnoreCase("Accept") ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && name.equalsIgnoreCase("Accept")
                    ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
