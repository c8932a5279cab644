package org.reformgraph.api.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts the common names of RDF formats in {@code ?format=} besides Fuseki's own short names: Fuseki knows
 * {@code nt} and {@code xml}; users also write {@code n-triples}, {@code ntriples}, {@code rdf/xml}, {@code rdfxml},
 * {@code jsonld}.
 */
public final class FormatAliases extends OncePerRequestFilter {
    private static final Map<String, String> ALIASES = Map.of(
            "n-triples", "nt",
            "ntriples", "nt",
            "rdf/xml", "xml",
            "rdfxml", "xml",
            "rdf-xml", "xml",
            "jsonld", "json-ld",
            "ttl", "turtle");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String format = request.getParameter("format");
        String alias = format == null ? null : ALIASES.get(format.toLowerCase(Locale.ROOT));
        chain.doFilter(alias == null ? request : withFormat(request, alias), response);
    }

    private static HttpServletRequest withFormat(HttpServletRequest request, String format) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return name.equals("format") ? format : super.getParameter(name);
            }

            @Override
            public String[] getParameterValues(String name) {
                return name.equals("format") ? new String[] {format} : super.getParameterValues(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> map = new HashMap<>(super.getParameterMap());
                map.put("format", new String[] {format});
                return map;
            }
        };
    }
}
